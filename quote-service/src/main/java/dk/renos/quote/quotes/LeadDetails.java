package dk.renos.quote.quotes;

import dk.renos.quote.pricing.CustomerKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a quote keeps of the lead it answers: the codes as the lead sent them (possibly unknown to
 * this build), the customer kind derived from them, where the lead came from and its mail thread
 * (to answer it), and the customer's wish for days in their own words (may be null).
 */
public record LeadDetails(
    UUID leadId,
    UUID customerId,
    String source,
    UUID threadId,
    String preferredDays,
    String serviceType,
    String frequency,
    Integer areaSqm,
    List<String> addOns,
    CustomerKind customerKind,
    Instant receivedAt) {

  public LeadDetails {
    addOns = List.copyOf(addOns);
  }
}
