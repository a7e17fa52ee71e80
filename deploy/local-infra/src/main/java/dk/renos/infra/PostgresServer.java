package dk.renos.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real PostgreSQL 17 server (zonky's binaries from Maven Central) run directly as its own
 * process: initdb on first use, then {@code postgres} with fsync and synchronous commit on,
 * listening on loopback TCP only.
 */
public final class PostgresServer {

  public static final String NAME = "postgres";
  public static final String DATABASE = "renos";

  private PostgresServer() {}

  public static String jdbcUrl(int port) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  /**
   * Starts PostgreSQL on {@code port} with its cluster in {@code dataDir} (created on first use
   * with superuser {@code user}/{@code password} and a database named {@value #DATABASE}).
   */
  public static ServerProcess start(
      Path dataDir, int port, String user, String password, Path logFile) {
    Path home = BinaryCache.postgres();
    clearStalePostmaster(dataDir);
    if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
      initdb(home, dataDir, user, password, logFile);
    }
    List<String> command =
        Unprivileged.command(
            List.of(
                home.resolve("bin/postgres").toString(),
                "-D",
                dataDir.toString(),
                "-p",
                Integer.toString(port),
                "-h",
                "127.0.0.1",
                "-c",
                "unix_socket_directories=",
                "-c",
                "fsync=on",
                "-c",
                "synchronous_commit=on",
                "-c",
                "full_page_writes=on",
                "-c",
                "max_connections=300",
                "-c",
                "shared_buffers=64MB",
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "log_line_prefix=%m [%p] ",
                "-c",
                "TimeZone=UTC"));
    OsProcess process = OsProcess.start(command, dataDir, Map.of("LC_ALL", "C"), logFile);
    Readiness.await(
        NAME,
        process,
        logFile,
        Duration.ofSeconds(60),
        () -> canConnect(port, user, password, "postgres"));
    createDatabaseIfMissing(port, user, password);
    return new ServerProcess(NAME, port, process, logFile, "INT");
  }

  private static void initdb(Path home, Path dataDir, String user, String password, Path logFile) {
    try {
      Files.createDirectories(logFile.getParent());
      Unprivileged.ownFolder(dataDir);
      Path pwFile = Files.createTempFile("renos-pg", ".pw");
      try {
        Files.writeString(pwFile, password);
        Unprivileged.ownFile(pwFile);
        Process initdb =
            new ProcessBuilder(
                    Unprivileged.command(
                        List.of(
                            home.resolve("bin/initdb").toString(),
                            "-D",
                            dataDir.toString(),
                            "-U",
                            user,
                            "--pwfile=" + pwFile,
                            "-E",
                            "UTF8",
                            "--locale=C",
                            "--auth-host=scram-sha-256",
                            "--auth-local=scram-sha-256")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        if (initdb.waitFor() != 0) {
          BinaryCache.deleteTree(dataDir);
          throw new InfraException(NAME + ": initdb failed; see " + logFile);
        }
      } finally {
        Files.deleteIfExists(pwFile);
      }
    } catch (IOException e) {
      throw new InfraException(
          NAME + ": initdb could not run: " + e.getMessage() + "; see " + logFile, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfraException(NAME + ": interrupted during initdb", e);
    }
  }

  /**
   * A postmaster.pid left by a killed run blocks the next start. If its process is gone the file is
   * stale and removed; if it is still running (a postmaster orphaned by a SIGKILLed JVM), it is
   * shut down rather than silently adopted.
   */
  static void clearStalePostmaster(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    try {
      long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
      ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .ifPresent(
              orphan -> {
                new OsProcess(pid, java.time.Instant.EPOCH).stop("INT", Duration.ofSeconds(20));
              });
      Files.deleteIfExists(pidFile);
    } catch (IOException | RuntimeException e) {
      throw new InfraException(NAME + ": cannot clear stale " + pidFile + ": " + e.getMessage(), e);
    }
  }

  /** True when the server accepts a login to {@code database}. */
  public static boolean canConnect(int port, String user, String password, String database) {
    try (Connection ignored = connect(port, user, password, database)) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static void createDatabaseIfMissing(int port, String user, String password) {
    try (Connection connection = connect(port, user, password, "postgres");
        Statement statement = connection.createStatement()) {
      try (ResultSet exists =
          statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
        if (!exists.next()) {
          statement.execute("create database " + DATABASE);
        }
      }
    } catch (SQLException e) {
      throw new InfraException(
          NAME + ": could not create database " + DATABASE + ": " + e.getMessage(), e);
    }
  }

  private static Connection connect(int port, String user, String password, String database)
      throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "2");
    // The driver directly, not DriverManager: inside the launcher's fat jar DriverManager's
    // service lookup runs on the system class loader and would not see the driver.
    Connection connection =
        new org.postgresql.Driver()
            .connect("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
    if (connection == null) {
      throw new SQLException("driver refused the URL");
    }
    return connection;
  }
}
