package dk.renos.support.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * PostgreSQL advisory locks, so that one replica (or one transaction) at a time does a piece of
 * work. A lock is named by a string such as {@code "quote-customer:" + customerId}; every lock in
 * RenOS turns its name into PostgreSQL's 64-bit key the same way, {@code hashtextextended(name, 0)}
 * ({@link #KEY}), so a name means the same lock wherever it is taken.
 *
 * <ul>
 *   <li>{@link #lockUntilCommit} / {@link #tryLockUntilCommit}: transaction-scoped, released by
 *       commit or rollback; must run inside a Spring transaction (outside one the lock would be
 *       released at once, so these throw).
 *   <li>{@link #trySessionLock}: held on a database connection of its own for as long as the
 *       returned handle is open, across transactions; close it in a try-with-resources.
 * </ul>
 */
public class AdvisoryLocks {

  /** The one rule from a lock's name ({@code ?}) to its key. */
  public static final String KEY = "hashtextextended(?, 0)";

  private final JdbcTemplate jdbc;

  public AdvisoryLocks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Waits for the lock; the current transaction holds it until it ends. */
  public void lockUntilCommit(String name) {
    requireTransaction(name);
    jdbc.queryForObject("select 1 from pg_advisory_xact_lock(" + KEY + ")", Integer.class, name);
  }

  /**
   * Takes the lock for the current transaction if nobody holds it.
   *
   * @return false when another transaction or session holds it
   */
  public boolean tryLockUntilCommit(String name) {
    requireTransaction(name);
    return Boolean.TRUE.equals(
        jdbc.queryForObject("select pg_try_advisory_xact_lock(" + KEY + ")", Boolean.class, name));
  }

  /**
   * Takes the lock on a connection of its own if nobody holds it. The lock (and the connection) is
   * released when the handle is closed, also when the work in between failed.
   *
   * @return empty when another session or transaction holds it
   */
  public Optional<SessionLock> trySessionLock(String name) {
    DataSource dataSource = jdbc.getDataSource();
    if (dataSource == null) {
      throw new IllegalStateException("AdvisoryLocks needs a JdbcTemplate with a DataSource");
    }
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(true);
      if (call(connection, "select pg_try_advisory_lock(" + KEY + ")", name)) {
        return Optional.of(new SessionLock(connection, name));
      }
      connection.close();
      return Optional.empty();
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new IllegalStateException("cannot take advisory lock " + name, e);
    }
  }

  /** A session advisory lock held on its own connection until {@link #close}. */
  public static final class SessionLock implements AutoCloseable {

    private final Connection connection;
    private final String name;

    private SessionLock(Connection connection, String name) {
      this.connection = connection;
      this.name = name;
    }

    @Override
    public void close() {
      // Unlock explicitly: a pooled connection's session outlives close().
      try (connection) {
        call(connection, "select pg_advisory_unlock(" + KEY + ")", name);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot release advisory lock " + name, e);
      }
    }
  }

  private static void requireTransaction(String name) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException(
          "advisory lock " + name + " is transaction-scoped: take it inside a transaction");
    }
  }

  private static boolean call(Connection connection, String sql, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the failure that brought us here is the one to report
      }
    }
  }
}
