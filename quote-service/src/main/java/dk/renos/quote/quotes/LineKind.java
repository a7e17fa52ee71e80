package dk.renos.quote.quotes;

/** What a quote line bills. */
public enum LineKind {
  /** The cleaning itself: persons × hours. */
  SERVICE,
  /** An add-on the customer asked for (oven, fridge, cupboards, windows). */
  ADD_ON,
  /** The longer first visit of a recurring customer (about 30 % more time). */
  FIRST_VISIT_EXTRA,
  /** A line staff wrote. */
  CUSTOM
}
