package dk.renos.email.gmail.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * One replica at a time works on a mailbox: a PostgreSQL session advisory lock per connection, held
 * on a connection of its own for as long as the work runs, released even if the work fails.
 */
@Component
class ConnectionLock {

  private final DataSource dataSource;

  ConnectionLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs {@code work} under the lock; returns false (without running it) when another replica holds
   * it.
   */
  boolean tryRun(UUID connectionId, Runnable work) {
    String key = "gmail-sync:" + connectionId;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      if (!call(connection, "select pg_try_advisory_lock(hashtext(?))", key)) {
        return false;
      }
      try {
        work.run();
        return true;
      } finally {
        call(connection, "select pg_advisory_unlock(hashtext(?))", key);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take the Gmail sync lock: " + e.getMessage(), e);
    }
  }

  private static boolean call(Connection connection, String sql, String key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, key);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }
}
