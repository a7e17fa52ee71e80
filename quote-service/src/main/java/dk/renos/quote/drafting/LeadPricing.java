package dk.renos.quote.drafting;

import dk.renos.events.lead.LeadCreated;
import dk.renos.quote.pricing.AddOn;
import dk.renos.quote.pricing.CustomerKind;
import dk.renos.quote.pricing.Frequency;
import dk.renos.quote.pricing.PriceRequest;
import dk.renos.quote.pricing.ServiceType;
import dk.renos.quote.quotes.LeadDetails;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a {@link LeadCreated} into the pricing engine's {@link PriceRequest}, or says which detail
 * is missing.
 *
 * <p>Choices (see docs/services/quote-service.md):
 *
 * <ul>
 *   <li>codes map to the engine's enums by name; a service type, frequency or add-on this build
 *       does not know cannot be priced safely, so the quote NEEDS_DETAILS (never a silently lower
 *       price);
 *   <li>firstRecurringVisit is true for every RECURRING lead: a lead is a customer asking for the
 *       first time, so what is booked first is the first visit, which takes about 30 % longer
 *       (DOMAIN.md) and is priced and booked as such; the regular visit's price is shown beside it
 *       ({@link #regularVisit});
 *   <li>customer kind is BUSINESS for OFFICE leads; a lead does not say whether the customer is a
 *       business otherwise, so staff set it on the quote (any service type, no servicefradrag);
 *   <li>a frequency on a one-off type (deep clean, move-out, one-off, windows) is ignored, a
 *       missing frequency on RECURRING needs details; OFFICE uses a known frequency when given;
 *   <li>the WINDOWS add-on on the WINDOWS service is dropped (the job already is windows); repeated
 *       add-ons count once;
 *   <li>an area outside 1..10,000 m² needs details, as does a missing one.
 * </ul>
 */
public final class LeadPricing {

  private LeadPricing() {}

  /** Either a request the engine accepts, or why the lead cannot be priced yet. */
  public sealed interface Outcome permits Priceable, MissingDetails {}

  public record Priceable(PriceRequest request) implements Outcome {}

  public record MissingDetails(String reason) implements Outcome {}

  /** What the quote keeps of the lead, codes as sent. */
  public static LeadDetails details(LeadCreated lead) {
    return new LeadDetails(
        lead.leadId(),
        lead.customerId(),
        lead.source(),
        lead.threadId(),
        lead.preferredDays() == null
            ? null
            : lead.preferredDays().length() <= 200
                ? lead.preferredDays()
                : lead.preferredDays().substring(0, 200),
        lead.serviceType(),
        lead.frequency(),
        lead.areaSqm(),
        lead.addOns(),
        customerKind(lead.serviceType()),
        lead.receivedAt());
  }

  public static CustomerKind customerKind(String serviceType) {
    return ServiceType.OFFICE.name().equals(serviceType)
        ? CustomerKind.BUSINESS
        : CustomerKind.PRIVATE;
  }

  public static Outcome request(LeadCreated lead) {
    ServiceType type = enumOrNull(ServiceType.class, lead.serviceType());
    if (type == null) {
      return new MissingDetails("unknown serviceType " + code(lead.serviceType()));
    }
    Integer area = lead.areaSqm();
    if (area == null) {
      return new MissingDetails("areaSqm missing");
    }
    if (area < PriceRequest.MIN_AREA_SQM || area > PriceRequest.MAX_AREA_SQM) {
      return new MissingDetails(
          "areaSqm "
              + area
              + " outside "
              + PriceRequest.MIN_AREA_SQM
              + ".."
              + PriceRequest.MAX_AREA_SQM);
    }
    Frequency frequency = null;
    if (type == ServiceType.RECURRING || type == ServiceType.OFFICE) {
      if (lead.frequency() != null) {
        frequency = enumOrNull(Frequency.class, lead.frequency());
        if (frequency == null) {
          return new MissingDetails("unknown frequency " + code(lead.frequency()));
        }
      } else if (type == ServiceType.RECURRING) {
        return new MissingDetails("frequency missing for RECURRING");
      }
    }
    Set<AddOn> addOns = EnumSet.noneOf(AddOn.class);
    List<String> unknown = new ArrayList<>();
    for (String code : lead.addOns()) {
      AddOn addOn = enumOrNull(AddOn.class, code);
      if (addOn == null) {
        unknown.add(code(code));
      } else if (!(addOn == AddOn.WINDOWS && type == ServiceType.WINDOWS)) {
        addOns.add(addOn);
      }
    }
    if (!unknown.isEmpty()) {
      return new MissingDetails("unknown addOns " + String.join(",", unknown));
    }
    return new Priceable(
        new PriceRequest(
            type,
            area,
            frequency,
            addOns,
            type == ServiceType.RECURRING,
            customerKind(lead.serviceType())));
  }

  /**
   * The same job as a regular (not first) visit, for showing what each later visit costs; empty
   * when the request is not a first recurring visit.
   */
  public static java.util.Optional<PriceRequest> regularVisit(PriceRequest request) {
    if (!request.firstRecurringVisit()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new PriceRequest(
            request.serviceType(),
            request.areaSqm(),
            request.frequency(),
            request.addOns(),
            false,
            request.customerKind()));
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String code) {
    if (code == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, code);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /**
   * A code for a status reason: at most 40 characters, so a garbled field cannot fill the reason.
   */
  private static String code(String code) {
    return code == null ? "null" : code.length() <= 40 ? code : code.substring(0, 40) + "…";
  }
}
