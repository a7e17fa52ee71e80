package dk.renos.quote.pricing;

/** The six kinds of cleaning RenOS sells; the Danish name is what customers and staff call it. */
public enum ServiceType {
  /** Fast rengøring: a visit every week, every other week or every month. */
  RECURRING("Fast rengøring"),
  /** Hovedrengøring. */
  DEEP_CLEAN("Hovedrengøring"),
  /** Flytterengøring; always includes oven, fridge and cupboards (see {@link PricingEngine}). */
  MOVE_OUT("Flytterengøring"),
  /** Engangsopgave. */
  ONE_OFF("Engangsopgave"),
  /** Erhvervsrengøring. */
  OFFICE("Erhvervsrengøring"),
  /** Vinduespolering as a job of its own. */
  WINDOWS("Vinduespolering");

  private final String danishName;

  ServiceType(String danishName) {
    this.danishName = danishName;
  }

  public String danishName() {
    return danishName;
  }
}
