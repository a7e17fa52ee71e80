package dk.renos.events.lead;

import dk.renos.events.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by lead-service when a lead has been extracted with certainty from an e-mail and its
 * customer found or created. Uncertain extractions (held for manual review) are not published. Key:
 * {@code leadId}.
 *
 * <p>Codes are strings so that a new value is an additive change; subscribers must tolerate values
 * they do not know.
 *
 * @param leadId the lead; the Kafka key
 * @param customerId the customer found or created for it (see {@code CustomerCreated})
 * @param source {@code RENGORING_NU}, {@code RENGORING_AARHUS}, {@code ADHELP} or {@code WEBSITE}
 * @param serviceType {@code RECURRING}, {@code DEEP_CLEAN}, {@code MOVE_OUT}, {@code ONE_OFF},
 *     {@code OFFICE} or {@code WINDOWS}
 * @param frequency {@code WEEKLY}, {@code BIWEEKLY} or {@code MONTHLY} for recurring cleaning, else
 *     {@code null}
 * @param areaSqm area in m², {@code null} when the lead did not say
 * @param addOns extra services: {@code OVEN}, {@code FRIDGE}, {@code WINDOWS}, {@code CUPBOARDS};
 *     possibly empty
 * @param preferredDays the customer's wish in their own words, e.g. "Fredag eftermiddag", or {@code
 *     null}
 * @param emailMessageId the email the lead came from; set on every lead today, nullable in the
 *     contract so that leads from other channels stay an additive change
 * @param threadId that email's thread; set on every lead today, nullable like {@code
 *     emailMessageId}
 * @param receivedAt when the lead arrived (the email's receipt time)
 */
public record LeadCreated(
    UUID leadId,
    UUID customerId,
    String source,
    String serviceType,
    @Nullable String frequency,
    @Nullable Integer areaSqm,
    List<String> addOns,
    @Nullable String preferredDays,
    @Nullable UUID emailMessageId,
    @Nullable UUID threadId,
    Instant receivedAt) {

  public LeadCreated {
    Objects.requireNonNull(leadId, "leadId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(serviceType, "serviceType");
    addOns = List.copyOf(Objects.requireNonNull(addOns, "addOns"));
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
