package dk.renos.quote.pricing;

/** Private customers may claim servicefradrag; businesses may not. */
public enum CustomerKind {
  PRIVATE,
  BUSINESS
}
