package dk.renos.testsupport;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A throwaway schema on the shared real PostgreSQL for testing one service's Flyway migrations:
 * migrate to a version, write rows the way the code of that time did, migrate to the latest and
 * read them back. Closing it drops the schema.
 *
 * <pre>{@code
 * try (MigrationSandbox db = new MigrationSandbox("lead")) {
 *   db.migrateTo("3");
 *   db.jdbc().update("insert into " + db.table("lead") + " ...");
 *   db.migrateTo("latest");
 * }
 * }</pre>
 */
public final class MigrationSandbox implements AutoCloseable {

  private final String schema;
  private final SimpleDriverDataSource dataSource;
  private final JdbcTemplate jdbc;

  /** A fresh schema named after {@code prefix} with a random suffix. */
  public MigrationSandbox(String prefix) {
    RealInfrastructure infra = RealInfrastructure.shared();
    this.schema = prefix + "_migration_it_" + UUID.randomUUID().toString().replace("-", "");
    this.dataSource =
        new SimpleDriverDataSource(
            new org.postgresql.Driver(),
            infra.jdbcUrl(),
            infra.jdbcUsername(),
            infra.jdbcPassword());
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /**
   * Runs the service's {@code classpath:db/migration} scripts up to {@code target} (or "latest").
   */
  public void migrateTo(String target) {
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(true)
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }

  /** {@code table} qualified with the sandbox's schema, for SQL. */
  public String table(String table) {
    return schema + "." + table;
  }

  public JdbcTemplate jdbc() {
    return jdbc;
  }

  @Override
  public void close() {
    jdbc.execute("drop schema if exists " + schema + " cascade");
  }
}
