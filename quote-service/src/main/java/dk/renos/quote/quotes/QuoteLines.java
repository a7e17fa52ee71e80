package dk.renos.quote.quotes;

import dk.renos.quote.pricing.AddOn;
import dk.renos.quote.pricing.PriceEstimate;
import dk.renos.quote.pricing.PriceRequest;
import dk.renos.quote.pricing.PricingEngine;
import dk.renos.quote.pricing.ServiceType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Splits the engine's estimate into the lines a customer reads. The lines add up exactly to the
 * engine's unrounded price ({@code personHours × 349 kr}):
 *
 * <ul>
 *   <li>each add-on asked for (not those a move-out includes anyway): its own time, one person;
 *   <li>the first-visit extra, when the request is a first recurring visit: the first visit's
 *       person-hours minus the regular visit's (both rounded by the engine, so a half-hour
 *       multiple);
 *   <li>the service line: the regular visit's person-hours minus the add-ons, shared by the
 *       engine's persons. It carries the engine's rounding and the 2-hour minimum.
 * </ul>
 */
public final class QuoteLines {

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private QuoteLines() {}

  /**
   * @param first the estimate of {@code request}
   * @param regular the estimate of the same job as a regular visit; the same as {@code first} when
   *     the request is not a first recurring visit
   */
  public static List<QuoteLine> from(
      PriceRequest request, PriceEstimate first, PriceEstimate regular) {
    int persons = first.persons();
    Set<AddOn> billed = EnumSet.noneOf(AddOn.class);
    billed.addAll(request.addOns());
    if (request.serviceType() == ServiceType.MOVE_OUT) {
      billed.removeAll(PricingEngine.MOVE_OUT_INCLUDES);
    }
    List<QuoteLine> addOns = new ArrayList<>();
    BigDecimal addOnHours = BigDecimal.ZERO;
    for (AddOn addOn : billed) {
      BigDecimal hours =
          BigDecimal.valueOf(PricingEngine.addOnMinutes(addOn, request.areaSqm()))
              .divide(SIXTY, 2, RoundingMode.UNNECESSARY);
      addOnHours = addOnHours.add(hours);
      addOns.add(new QuoteLine(LineKind.ADD_ON, addOnDescription(addOn, request), 1, hours));
    }
    List<QuoteLine> lines = new ArrayList<>();
    BigDecimal serviceHours = regular.personHours().subtract(addOnHours);
    lines.add(
        new QuoteLine(
            LineKind.SERVICE,
            serviceDescription(request),
            persons,
            perPerson(serviceHours, persons)));
    lines.addAll(addOns);
    BigDecimal extra = first.personHours().subtract(regular.personHours());
    if (extra.signum() > 0) {
      lines.add(
          new QuoteLine(
              LineKind.FIRST_VISIT_EXTRA,
              "Første besøg: ca. 30 % ekstra tid til at komme i bund",
              persons,
              perPerson(extra, persons)));
    }
    return List.copyOf(lines);
  }

  private static BigDecimal perPerson(BigDecimal personHours, int persons) {
    return personHours.divide(BigDecimal.valueOf(persons), 2, RoundingMode.UNNECESSARY);
  }

  private static String serviceDescription(PriceRequest request) {
    StringBuilder text = new StringBuilder(request.serviceType().danishName());
    if (request.frequency() != null) {
      text.append(", ").append(request.frequency().danishName().toLowerCase(java.util.Locale.ROOT));
    }
    text.append(", ").append(request.areaSqm()).append(" m²");
    if (request.serviceType() == ServiceType.MOVE_OUT) {
      text.append(", inkl. ovn, køleskab og skabe indvendigt");
    }
    return text.toString();
  }

  private static String addOnDescription(AddOn addOn, PriceRequest request) {
    if (addOn == AddOn.WINDOWS) {
      return "Vinduer (1 time pr. påbegyndte 30 m²)";
    }
    return addOn.danishName();
  }
}
