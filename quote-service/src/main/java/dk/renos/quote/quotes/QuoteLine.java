package dk.renos.quote.quotes;

import dk.renos.quote.pricing.PricingEngine;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One billed line: {@code persons × hours × 349 kr} incl. VAT. The amount is exact in øre (hours
 * are quarters of an hour at least, so {@code × 34,900 øre} is whole øre); the quote rounds its
 * total to whole kroner, never a line.
 */
@Embeddable
public class QuoteLine {

  public static final int MAX_PERSONS = 10;
  public static final BigDecimal MAX_HOURS = new BigDecimal("100");
  public static final int MAX_DESCRIPTION = 200;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private LineKind kind;

  @Column(nullable = false, length = MAX_DESCRIPTION)
  private String description;

  @Column(nullable = false)
  private int persons;

  @Column(nullable = false, precision = 6, scale = 2)
  private BigDecimal hours;

  @Column(name = "amount_ore", nullable = false)
  private long amountOre;

  protected QuoteLine() {}

  /**
   * @throws IllegalArgumentException when persons are not 1..10, hours not a positive multiple of
   *     0.25 up to 100, or the description is blank or longer than 200 characters
   */
  public QuoteLine(LineKind kind, String description, int persons, BigDecimal hours) {
    this.kind = Objects.requireNonNull(kind, "kind");
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("description must not be blank");
    }
    if (description.length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException(
          "description must be at most " + MAX_DESCRIPTION + " characters");
    }
    if (persons < 1 || persons > MAX_PERSONS) {
      throw new IllegalArgumentException("persons must be 1.." + MAX_PERSONS);
    }
    if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
      throw new IllegalArgumentException("hours must be more than 0 and at most " + MAX_HOURS);
    }
    if (hours.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("hours must be a multiple of 0.25");
    }
    this.description = description.strip();
    this.persons = persons;
    this.hours = hours.setScale(2, RoundingMode.UNNECESSARY);
    this.amountOre =
        hours
            .multiply(BigDecimal.valueOf(persons))
            .multiply(BigDecimal.valueOf(PricingEngine.HOURLY_RATE_INCL_VAT_ORE))
            .longValueExact();
  }

  public LineKind getKind() {
    return kind;
  }

  public String getDescription() {
    return description;
  }

  public int getPersons() {
    return persons;
  }

  /** Hours per person. */
  public BigDecimal getHours() {
    return hours;
  }

  /** {@code persons × hours}. */
  public BigDecimal getPersonHours() {
    return hours.multiply(BigDecimal.valueOf(persons));
  }

  /** {@code persons × hours × 349 kr} in øre, incl. VAT, exact. */
  public long getAmountOre() {
    return amountOre;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuoteLine other
        && kind == other.kind
        && description.equals(other.description)
        && persons == other.persons
        && hours.compareTo(other.hours) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, description, persons, hours.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return kind + " " + persons + "×" + hours.toPlainString() + " h " + amountOre + " øre";
  }
}
