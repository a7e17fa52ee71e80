package dk.renos.lead.intake.parsing;

/** How often a recurring visit takes place. */
public enum Frequency {
  /** hver uge. */
  WEEKLY,
  /** hver 14. dag / hver anden uge. */
  BIWEEKLY,
  /** hver måned / månedlig. */
  MONTHLY
}
