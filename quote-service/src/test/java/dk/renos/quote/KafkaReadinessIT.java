package dk.renos.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.UnreachableKafka;
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
 * quote-service consumes and publishes over Kafka, so it is not ready while the broker cannot be
 * reached, though it is alive and its database is fine. (monitoring-service's
 * ReadinessWithoutKafkaIT shows the other side.)
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    // Give up on creating the dead-letter topic quickly instead of delaying startup by 30 s.
    properties = "spring.kafka.admin.operation-timeout=2s")
class KafkaReadinessIT {

  @DynamicPropertySource
  static void realDatabaseUnreachableKafka(DynamicPropertyRegistry registry) {
    UnreachableKafka.withRealDatabase(registry);
  }

  @LocalServerPort int port;

  @Test
  void readinessIsDownWhileKafkaIsUnreachableButTheServiceIsAlive() {
    HttpResponse<String> response = ServiceHttp.on(port).get("/actuator/health/readiness");
    JsonNode readiness = JsonMapper.builder().build().readTree(response.body());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
    assertThat(readiness.at("/status").asString()).isEqualTo("DOWN");
    assertThat(readiness.at("/components/kafka/status").asString()).isEqualTo("DOWN");
    assertThat(readiness.at("/components/db/status").asString()).isEqualTo("UP");
    assertThat(ServiceHttp.on(port).getJson("/actuator/health/liveness").at("/status").asString())
        .isEqualTo("UP");
  }
}
