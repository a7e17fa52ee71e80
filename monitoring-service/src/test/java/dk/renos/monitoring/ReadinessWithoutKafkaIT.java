package dk.renos.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.testsupport.RealInfrastructure;
import dk.renos.testsupport.ServiceHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * monitoring-service does not use Kafka, so an unreachable broker must not take it out of service:
 * its readiness checks the database only. (quote-service's KafkaReadinessIT shows the other side: a
 * service on Kafka is not ready without it.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadinessWithoutKafkaIT {

  @DynamicPropertySource
  static void realDatabaseUnreachableKafka(DynamicPropertyRegistry registry) {
    RealInfrastructure infra = RealInfrastructure.shared();
    registry.add("spring.datasource.url", infra::jdbcUrl);
    registry.add("spring.datasource.username", infra::jdbcUsername);
    registry.add("spring.datasource.password", infra::jdbcPassword);
    String nobodyListens = "127.0.0.1:" + closedPort();
    registry.add("spring.kafka.bootstrap-servers", () -> nobodyListens);
    registry.add("RENOS_KAFKA_BOOTSTRAP_SERVERS", () -> nobodyListens);
  }

  @LocalServerPort int port;

  @Test
  void readinessIsUpWithKafkaUnreachableAndChecksOnlyTheDatabase() {
    HttpResponse<String> response = ServiceHttp.on(port).get("/actuator/health/readiness");
    JsonNode readiness = JsonMapper.builder().build().readTree(response.body());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(readiness.at("/status").asString()).isEqualTo("UP");
    assertThat(readiness.at("/components/db/status").asString()).isEqualTo("UP");
    assertThat(readiness.at("/components/kafka").isMissingNode()).isTrue();
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
