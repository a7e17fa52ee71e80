package dk.renos.email.gmail.reconcile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The latest comparison of Gmail with the store for one connection.
 *
 * @param windowAfter the look-back window compared (messages Gmail received after this)
 * @param gmailCount messages Gmail listed in the window
 * @param storedCount of those, stored or deliberately skipped (blocklist, spam, drafts ...)
 * @param missingCount Gmail messages that were neither: the gap found
 * @param missingIds their Gmail ids (at most 1,000)
 * @param repairedCount of the missing, how many the repair stored or accounted for
 */
public record ReconciliationReport(
    UUID connectionId,
    Instant checkedAt,
    Instant windowAfter,
    int gmailCount,
    int storedCount,
    int missingCount,
    List<String> missingIds,
    int repairedCount) {

  /**
   * Missing messages the repair could not bring in (Gmail failed meanwhile); the next run tries
   * again.
   */
  public int unrepairedCount() {
    return missingCount - repairedCount;
  }
}
