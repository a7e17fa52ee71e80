package dk.renos.stack.bench;

import dk.renos.stack.StackConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/** What the benchmarks share: a database connection to the running stack, and percentiles. */
final class BenchSupport {

  private BenchSupport() {}

  static Connection connect(StackConfig config) throws SQLException {
    Properties credentials = new Properties();
    credentials.setProperty("user", config.infra().dbUser());
    credentials.setProperty("password", config.infra().dbPassword());
    return new org.postgresql.Driver().connect(config.infra().jdbcUrl(), credentials);
  }

  /** The p-th percentile (nearest rank) of sorted values; 0 when there are none. */
  static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }
}
