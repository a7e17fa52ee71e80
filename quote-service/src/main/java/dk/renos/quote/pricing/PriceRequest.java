package dk.renos.quote.pricing;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the pricing engine needs to know about a job. Contains no personal data.
 *
 * <p>The constructor rejects anything the engine cannot price, with an {@link
 * IllegalArgumentException} whose message names the field:
 *
 * <ul>
 *   <li>{@code serviceType} and {@code customerKind} are required;
 *   <li>{@code areaSqm} must be 1..10,000 m²;
 *   <li>{@code frequency} is required for {@link ServiceType#RECURRING}, optional for {@link
 *       ServiceType#OFFICE} and must be empty for the one-off types (deep clean, move-out, one-off,
 *       windows);
 *   <li>{@code firstRecurringVisit} may only be true for {@link ServiceType#RECURRING};
 *   <li>{@code addOns} may be null (= none), must not contain null, and the windows add-on cannot
 *       be combined with the windows service.
 * </ul>
 *
 * @param serviceType the kind of cleaning
 * @param areaSqm the area of the home or office in m²
 * @param frequency how often the visit repeats; null for one-off types
 * @param addOns extra tasks; null means none
 * @param firstRecurringVisit whether this is the first visit of a recurring plan (about 30 %
 *     longer)
 * @param customerKind private or business; decides servicefradrag
 */
public record PriceRequest(
    ServiceType serviceType,
    int areaSqm,
    Frequency frequency,
    Set<AddOn> addOns,
    boolean firstRecurringVisit,
    CustomerKind customerKind) {

  public static final int MIN_AREA_SQM = 1;
  public static final int MAX_AREA_SQM = 10_000;

  public PriceRequest {
    if (serviceType == null) {
      throw new IllegalArgumentException("serviceType is required");
    }
    if (customerKind == null) {
      throw new IllegalArgumentException("customerKind is required (PRIVATE or BUSINESS)");
    }
    if (areaSqm < MIN_AREA_SQM || areaSqm > MAX_AREA_SQM) {
      throw new IllegalArgumentException(
          "areaSqm must be between "
              + MIN_AREA_SQM
              + " and "
              + MAX_AREA_SQM
              + " m², was "
              + areaSqm);
    }
    if (serviceType == ServiceType.RECURRING && frequency == null) {
      throw new IllegalArgumentException("frequency is required when serviceType is RECURRING");
    }
    if (frequency != null
        && serviceType != ServiceType.RECURRING
        && serviceType != ServiceType.OFFICE) {
      throw new IllegalArgumentException(
          "frequency must be empty when serviceType is "
              + serviceType
              + " (only RECURRING and OFFICE repeat)");
    }
    if (firstRecurringVisit && serviceType != ServiceType.RECURRING) {
      throw new IllegalArgumentException(
          "firstRecurringVisit can only be true when serviceType is RECURRING, was " + serviceType);
    }
    if (addOns == null) {
      addOns = Set.of();
    } else {
      if (addOns.stream().anyMatch(addOn -> addOn == null)) {
        throw new IllegalArgumentException("addOns must not contain null");
      }
      addOns = addOns.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(addOns));
    }
    if (serviceType == ServiceType.WINDOWS && addOns.contains(AddOn.WINDOWS)) {
      throw new IllegalArgumentException(
          "addOns cannot contain WINDOWS when serviceType is WINDOWS");
    }
  }
}
