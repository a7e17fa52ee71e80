package dk.renos.booking.schedule.web;

import dk.renos.booking.schedule.QuoteAlreadyBookedException;
import dk.renos.booking.schedule.SlotTakenException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Turns the database's verdict on a race into the API's conflicts: an exclusion violation (SQLSTATE
 * 23P01) means another request took the slot a moment ago, a unique violation (23505) that the
 * quote was booked a moment ago.
 */
final class DatabaseConflicts {

  static final String EXCLUSION_VIOLATION = "23P01";

  static final String UNIQUE_VIOLATION = "23505";

  private DatabaseConflicts() {}

  static RuntimeException translate(
      DataIntegrityViolationException e, Instant start, Duration visit, UUID quoteId) {
    String state = sqlState(e);
    if (EXCLUSION_VIOLATION.equals(state)) {
      return new SlotTakenException(start, visit);
    }
    if (UNIQUE_VIOLATION.equals(state)) {
      return new QuoteAlreadyBookedException(quoteId);
    }
    return e;
  }

  static String sqlState(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
