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

  /**
   * The install's owner API token: {@code RENOS_BOOTSTRAP_API_TOKEN}, else the one {@code ./renos
   * up} generated into {@code secrets/api-token}.
   */
  static String apiToken(StackConfig config) throws java.io.IOException {
    String configured = System.getenv("RENOS_BOOTSTRAP_API_TOKEN");
    if (configured != null && !configured.isBlank()) {
      return configured.strip();
    }
    return java.nio.file.Files.readString(config.secretsDir().resolve("api-token")).strip();
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
