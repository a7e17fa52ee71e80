package dk.renos.quote.pricing;

/** Extra tasks on top of the cleaning itself; each adds person-time (see {@link PricingEngine}). */
public enum AddOn {
  /** Ovn: +0.5 person-hour. */
  OVEN("Ovn"),
  /** Køleskab: +0.5 person-hour. */
  FRIDGE("Køleskab"),
  /** Vinduer: +1 person-hour per started 30 m² of the home. */
  WINDOWS("Vinduer"),
  /** Skabe indvendigt: +0.5 person-hour. */
  CUPBOARDS("Skabe indvendigt");

  private final String danishName;

  AddOn(String danishName) {
    this.danishName = danishName;
  }

  public String danishName() {
    return danishName;
  }
}
