package dk.renos.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Properties for a service under test whose database is the shared real PostgreSQL but whose Kafka
 * bootstrap address is a port nobody listens on: for showing what a service does without a broker.
 */
public final class UnreachableKafka {

  private UnreachableKafka() {}

  /** Call from a {@code @DynamicPropertySource} method. */
  public static void withRealDatabase(DynamicPropertyRegistry registry) {
    RealInfrastructure infra = RealInfrastructure.shared();
    registry.add("spring.datasource.url", infra::jdbcUrl);
    registry.add("spring.datasource.username", infra::jdbcUsername);
    registry.add("spring.datasource.password", infra::jdbcPassword);
    String nobodyListens = "127.0.0.1:" + closedPort();
    registry.add("spring.kafka.bootstrap-servers", () -> nobodyListens);
    registry.add("RENOS_KAFKA_BOOTSTRAP_SERVERS", () -> nobodyListens);
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
