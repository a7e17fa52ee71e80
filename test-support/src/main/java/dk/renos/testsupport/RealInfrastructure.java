package dk.renos.testsupport;

import dk.renos.infra.InfraSettings;
import dk.renos.infra.Infrastructure;
import dk.renos.infra.OsProcess;
import dk.renos.infra.OwnerWatchdog;
import dk.renos.infra.ServerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Real Kafka, PostgreSQL and Redis servers for one test JVM, on free ports, started on first use
 * and at most once. They stop when the JVM exits; a watchdog stops them when the JVM is killed, and
 * leftovers of earlier killed runs are cleared before a new start, never adopted.
 */
public final class RealInfrastructure {

  private static final Path ROOT =
      Path.of(System.getProperty("java.io.tmpdir"), "renos-test-infra");
  private static RealInfrastructure shared;

  private final Infrastructure infrastructure;

  private RealInfrastructure(Infrastructure infrastructure) {
    this.infrastructure = infrastructure;
  }

  /** The servers of this JVM, started now if this is the first call. */
  public static synchronized RealInfrastructure shared() {
    if (shared == null) {
      LeftoverReaper.reap(ROOT);
      long owner = ProcessHandle.current().pid();
      Path dir = ROOT.resolve(Long.toString(owner));
      Infrastructure infra = Infrastructure.start(InfraSettings.onFreePorts(dir));
      recordServers(dir, infra.servers());
      OwnerWatchdog.stopWhenOwnerDies(owner, infra.servers(), dir);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    infra.close();
                    LeftoverReaper.deleteTree(dir);
                  },
                  "renos-test-infra-stop"));
      shared = new RealInfrastructure(infra);
    }
    return shared;
  }

  private static void recordServers(Path dir, List<ServerProcess> servers) {
    String lines =
        servers.stream()
            .map(s -> s.name() + " " + s.process().serialize())
            .collect(Collectors.joining("\n"));
    try {
      Files.writeString(dir.resolve(LeftoverReaper.SERVERS_FILE), lines + "\n");
    } catch (IOException e) {
      throw new IllegalStateException("cannot record test servers in " + dir, e);
    }
  }

  public String kafkaBootstrapServers() {
    return infrastructure.settings().kafkaBootstrapServers();
  }

  public String jdbcUrl() {
    return infrastructure.settings().jdbcUrl();
  }

  public String jdbcUsername() {
    return infrastructure.settings().dbUser();
  }

  public String jdbcPassword() {
    return infrastructure.settings().dbPassword();
  }

  public String redisHost() {
    return "127.0.0.1";
  }

  public int redisPort() {
    return infrastructure.settings().redisPort();
  }

  public int postgresPort() {
    return infrastructure.settings().postgresPort();
  }

  /** The server processes, for tests that stop or kill one on purpose. */
  public List<ServerProcess> servers() {
    return infrastructure.servers();
  }

  public ServerProcess kafka() {
    return infrastructure.kafka();
  }

  /** Stops the broker cleanly; its data stays. */
  public void stopKafka() {
    infrastructure.stopKafka();
  }

  /** Starts the broker again on the same port and data, watched like the first one. */
  public void startKafka() {
    ServerProcess kafka = infrastructure.startKafka();
    long owner = ProcessHandle.current().pid();
    OwnerWatchdog.stopWhenOwnerDies(owner, List.of(kafka), ROOT.resolve(Long.toString(owner)));
  }

  /**
   * Starts the servers and prints one line per server ({@code name pid port}) and "READY", then
   * waits forever. Used by the test that kills a test JVM and checks nothing is left behind.
   */
  public static void main(String[] args) throws InterruptedException {
    RealInfrastructure infra = shared();
    for (ServerProcess server : infra.servers()) {
      System.out.println(server.name() + " " + server.pid() + " " + server.port());
    }
    System.out.println("DIR " + ROOT.resolve(Long.toString(ProcessHandle.current().pid())));
    System.out.println("READY");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }

  static OsProcess parse(String serialized) {
    return OsProcess.parse(serialized);
  }
}
