package dk.renos.quote.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one pricing engine of RenOS: turns a {@link PriceRequest} into a {@link PriceEstimate}. Pure
 * Java, no framework, no clock, no I/O; thread-safe and deterministic. {@code
 * quote-service/PRICING.md} explains every choice with worked examples.
 *
 * <h2>Order of the steps</h2>
 *
 * All time is person-time (work one person would do alone), kept as an exact fraction of minutes
 * until step 5:
 *
 * <ol>
 *   <li><b>Base work</b> = fixed minutes + area ÷ speed. Speeds in m² per person-hour: deep clean
 *       15, move-out 20, one-off 25, office 35, windows 100 (DOMAIN.md). Recurring: 40 fixed
 *       minutes per visit + 50 m² per person-hour, calibrated to the published price list, because
 *       DOMAIN.md's 30 m² per person-hour cannot produce it (140 m² ÷ 30 = 4.67 person-hours, but
 *       the list says 3.5).
 *   <li><b>Frequency</b> multiplies the base work: weekly × 0.9, every other week × 1.0, monthly ×
 *       1.3.
 *   <li><b>First recurring visit</b> multiplies again by 1.3 (after the frequency).
 *   <li><b>Add-ons</b> are added as person-time, not scaled by frequency or first visit: oven,
 *       fridge and cupboards +30 min each, windows +60 min per started 30 m². A move-out always
 *       includes oven, fridge and cupboards.
 *   <li><b>Rounding</b>: the person-time is rounded up to the half hour; these are the billed
 *       {@code personHours}.
 *   <li><b>Minimum</b>: at least 2 person-hours. (Because 2 h is itself a half-hour multiple,
 *       rounding then minimum equals minimum then rounding.)
 *   <li><b>Persons</b>: one person under 60 m², otherwise two; a move-out over 50 m² gets two.
 *       {@code hoursOnSite} = personHours ÷ persons, rounded up to the half hour: the calendar
 *       length, never shorter than the work.
 *   <li><b>Price</b> = personHours × 349 kr incl. VAT (= persons × hours per person × 349, with the
 *       unrounded hours per person), rounded half up to whole kroner: 872.50 → 873 kr. VAT is 20 %
 *       of that price.
 *   <li><b>Servicefradrag</b> for private customers (not offices): 26 % of the labour cost (the
 *       whole price), shown as the price after deduction. The yearly cap per person is the
 *       customer's tax matter, not the engine's.
 *   <li><b>Custom quote</b>: an office job priced above 10,000 kr sets {@code needsCustomQuote}.
 * </ol>
 */
public final class PricingEngine {

  /** 349 kr per person-hour including 25 % VAT, in øre. */
  public static final long HOURLY_RATE_INCL_VAT_ORE = 34_900;

  /** Minimum visit: 2 person-hours, in minutes. */
  public static final int MINIMUM_PERSON_MINUTES = 120;

  /** Rounding unit: time is rounded up to the half hour. */
  static final int ROUNDING_MINUTES = 30;

  /**
   * Recurring visit: fixed minutes per visit (arrival, kitchen and bathroom, which every home has
   * whatever its size). Together with {@link #RECURRING_SPEED_SQM_PER_PERSON_HOUR} this reproduces
   * every published recurring example; at 50 m²/h any whole number of minutes from 37 to 42 does,
   * 40 is the round one.
   */
  static final int RECURRING_FIXED_MINUTES = 40;

  /**
   * Recurring visit: m² per person-hour on top of the fixed minutes (see PRICING.md for why not
   * 30).
   */
  static final int RECURRING_SPEED_SQM_PER_PERSON_HOUR = 50;

  /** The first recurring visit takes about 30 % longer: factor in tenths (13 = 1.3). */
  static final int FIRST_VISIT_TENTHS = 13;

  /**
   * What every move-out includes, whether asked for or not: the landlord's move-out inspection
   * checks them.
   */
  public static final Set<AddOn> MOVE_OUT_INCLUDES =
      Set.copyOf(EnumSet.of(AddOn.OVEN, AddOn.FRIDGE, AddOn.CUPBOARDS));

  /**
   * Servicefradrag: the tax value of the deduction private customers get on labour cost for
   * cleaning in their home, about 26 % in current Danish tax rules (the deduction is on the labour
   * cost incl. VAT, valued at roughly 26 %). Change it here when SKAT changes it. The yearly cap
   * per person (and how much of it the customer has used) is not the engine's business: the engine
   * cannot know it, so the quote shows the deduction "up to the cap".
   */
  public static final BigDecimal SERVICEFRADRAG_RATE = new BigDecimal("0.26");

  /** Office quotes strictly above 10,000 kr (in øre) need a custom quote by a person. */
  public static final long OFFICE_CUSTOM_QUOTE_ABOVE_ORE = 1_000_000;

  /**
   * Speed in m² per person-hour, i.e. per hour per person (DOMAIN.md; recurring calibrated, see
   * above).
   */
  public static int speedSqmPerPersonHour(ServiceType serviceType) {
    return switch (serviceType) {
      case RECURRING -> RECURRING_SPEED_SQM_PER_PERSON_HOUR;
      case DEEP_CLEAN -> 15;
      case MOVE_OUT -> 20;
      case ONE_OFF -> 25;
      case OFFICE -> 35;
      case WINDOWS -> 100;
    };
  }

  /** One person under 60 m², otherwise two; a move-out over 50 m² gets two. */
  public static int persons(ServiceType serviceType, int areaSqm) {
    if (serviceType == ServiceType.MOVE_OUT) {
      return areaSqm > 50 ? 2 : 1;
    }
    return areaSqm < 60 ? 1 : 2;
  }

  /**
   * Person-minutes an add-on adds: oven, fridge, cupboards 30; windows 60 per started 30 m² of the
   * area.
   */
  public static int addOnMinutes(AddOn addOn, int areaSqm) {
    return switch (addOn) {
      case OVEN, FRIDGE, CUPBOARDS -> 30;
      case WINDOWS -> 60 * Math.ceilDiv(areaSqm, 30);
    };
  }

  public PriceEstimate estimate(PriceRequest request) {
    if (request == null) {
      throw new IllegalArgumentException("request is required");
    }
    ServiceType type = request.serviceType();
    int area = request.areaSqm();
    List<String> explanation = new ArrayList<>();

    // 1. Base work
    int speed = speedSqmPerPersonHour(type);
    int fixed = type == ServiceType.RECURRING ? RECURRING_FIXED_MINUTES : 0;
    Minutes work = new Minutes((long) fixed * speed + 60L * area, speed);
    if (fixed > 0) {
      explanation.add(
          type.danishName()
              + ": "
              + fixed
              + " min. fast tid pr. besøg + "
              + area
              + " m² ÷ "
              + speed
              + " m² pr. mandetime = "
              + hours(work.toHours())
              + " mandetimer.");
    } else {
      explanation.add(
          type.danishName()
              + ": "
              + area
              + " m² ÷ "
              + speed
              + " m² pr. mandetime = "
              + hours(work.toHours())
              + " mandetimer.");
    }

    // 2. Frequency
    Frequency frequency = request.frequency();
    if (frequency != null) {
      work = work.timesTenths(frequency.tenthsOfTime());
      explanation.add(
          frequency.danishName()
              + ": "
              + percent(frequency.tenthsOfTime())
              + " tid pr. besøg = "
              + hours(work.toHours())
              + " mandetimer.");
    }

    // 3. First recurring visit
    if (request.firstRecurringVisit()) {
      work = work.timesTenths(FIRST_VISIT_TENTHS);
      explanation.add(
          "Første besøg tager ca. 30 % længere = " + hours(work.toHours()) + " mandetimer.");
    }

    // 4. Add-ons (a move-out always includes oven, fridge and cupboards)
    Set<AddOn> addOns = EnumSet.noneOf(AddOn.class);
    addOns.addAll(request.addOns());
    if (type == ServiceType.MOVE_OUT) {
      addOns.addAll(MOVE_OUT_INCLUDES);
      explanation.add("Flytterengøring omfatter altid ovn, køleskab og skabe indvendigt.");
    }
    for (AddOn addOn : addOns) {
      int minutes = addOnMinutes(addOn, area);
      work = work.plusMinutes(minutes);
      String rule =
          addOn == AddOn.WINDOWS
              ? " (1 time pr. påbegyndte 30 m²: " + Math.ceilDiv(area, 30) + " × 30 m²)"
              : "";
      explanation.add(
          addOn.danishName()
              + ": +"
              + hours(
                  BigDecimal.valueOf(minutes)
                      .divide(BigDecimal.valueOf(60), 2, RoundingMode.UNNECESSARY))
              + " mandetimer"
              + rule
              + ".");
    }

    // 5. Round up to the half hour, 6. minimum
    long halfHours = work.ceilTo(ROUNDING_MINUTES);
    explanation.add(
        "I alt "
            + hours(work.toHours())
            + " mandetimer, rundet op til nærmeste halve time: "
            + hours(halfHoursToHours(halfHours))
            + " mandetimer.");
    long minimumHalfHours = MINIMUM_PERSON_MINUTES / ROUNDING_MINUTES;
    if (halfHours < minimumHalfHours) {
      halfHours = minimumHalfHours;
      explanation.add(
          "Mindste besøg er 2 timer: " + hours(halfHoursToHours(halfHours)) + " mandetimer.");
    }
    BigDecimal personHours = halfHoursToHours(halfHours);

    // 7. Persons and time on site
    int persons = persons(type, area);
    BigDecimal hoursOnSite = halfHoursToHours(Math.ceilDiv(halfHours, persons));
    if (persons == 1) {
      explanation.add("1 person, ca. " + hours(hoursOnSite) + " timer på stedet.");
    } else {
      String why = type == ServiceType.MOVE_OUT ? "flytterengøring over 50 m²" : "fra 60 m²";
      explanation.add(
          persons
              + " personer ("
              + why
              + "), hver ca. "
              + hours(personHours.divide(BigDecimal.valueOf(persons), 2, RoundingMode.UNNECESSARY))
              + " timer; vi sætter "
              + hours(hoursOnSite)
              + " timer på stedet af i kalenderen.");
    }

    // 8. Price, rounded half up to whole kroner, and the VAT it contains
    long exactOre = halfHours * HOURLY_RATE_INCL_VAT_ORE / 2;
    long priceOre =
        BigDecimal.valueOf(exactOre)
            .movePointLeft(2)
            .setScale(0, RoundingMode.HALF_UP)
            .movePointRight(2)
            .longValueExact();
    long vatOre =
        BigDecimal.valueOf(priceOre)
            .divide(BigDecimal.valueOf(5), 0, RoundingMode.HALF_UP)
            .longValueExact();
    String priceLine = "Pris: " + hours(personHours) + " mandetimer × 349 kr = " + kroner(exactOre);
    if (exactOre != priceOre) {
      priceLine += ", afrundet til " + kroner(priceOre);
    }
    explanation.add(priceLine + " inkl. moms (heraf moms 25 %: " + kroner(vatOre) + ").");

    // 9. Servicefradrag
    long deductionOre = 0;
    if (request.customerKind() == CustomerKind.BUSINESS) {
      explanation.add("Erhvervskunde: intet servicefradrag.");
    } else if (type == ServiceType.OFFICE) {
      explanation.add("Erhvervsrengøring giver ikke servicefradrag (kun arbejde i eget hjem).");
    } else {
      deductionOre =
          BigDecimal.valueOf(priceOre)
              .multiply(SERVICEFRADRAG_RATE)
              .setScale(0, RoundingMode.HALF_UP)
              .longValueExact();
      explanation.add(
          "Servicefradrag ca. 26 % af arbejdslønnen: "
              + kroner(deductionOre)
              + "; pris efter fradrag "
              + kroner(priceOre - deductionOre)
              + " (det årlige loft pr. person er ikke regnet med).");
    }

    // 10. Custom quote for large office jobs
    boolean customQuote = type == ServiceType.OFFICE && priceOre > OFFICE_CUSTOM_QUOTE_ABOVE_ORE;
    if (customQuote) {
      explanation.add(
          "Erhvervsopgaver over 10.000 kr kræver et individuelt tilbud fra en medarbejder.");
    }

    return new PriceEstimate(
        persons,
        hoursOnSite,
        personHours,
        priceOre,
        vatOre,
        deductionOre,
        priceOre - deductionOre,
        customQuote,
        explanation);
  }

  private static BigDecimal halfHoursToHours(long halfHours) {
    return BigDecimal.valueOf(halfHours * 5, 1);
  }

  private static String percent(int tenths) {
    int percent = (tenths - 10) * 10;
    return percent == 0 ? "±0 %" : percent < 0 ? "−" + -percent + " %" : "+" + percent + " %";
  }

  private static String hours(BigDecimal hours) {
    DecimalFormat format = new DecimalFormat("#,##0.##", danishSymbols());
    return format.format(hours);
  }

  private static String kroner(long ore) {
    DecimalFormat format =
        new DecimalFormat(ore % 100 == 0 ? "#,##0" : "#,##0.00", danishSymbols());
    return format.format(BigDecimal.valueOf(ore, 2)) + " kr";
  }

  private static DecimalFormatSymbols danishSymbols() {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('.');
    symbols.setMinusSign('−');
    return symbols;
  }

  /**
   * An exact, non-negative number of person-minutes: numerator ÷ denominator. No rounding until
   * {@link #ceilTo}.
   */
  private record Minutes(long numerator, long denominator) {

    Minutes timesTenths(int tenths) {
      return new Minutes(numerator * tenths, denominator * 10);
    }

    Minutes plusMinutes(long minutes) {
      return new Minutes(numerator + minutes * denominator, denominator);
    }

    /** How many whole units of {@code unitMinutes} cover this time, rounding up. */
    long ceilTo(int unitMinutes) {
      return Math.ceilDiv(numerator, denominator * unitMinutes);
    }

    /** For display only: hours with two decimals. */
    BigDecimal toHours() {
      return BigDecimal.valueOf(numerator)
          .divide(BigDecimal.valueOf(denominator * 60), 2, RoundingMode.HALF_UP);
    }
  }
}
