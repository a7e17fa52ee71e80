package dk.renos.monitoring;

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
 * monitoring-service does not use Kafka, so an unreachable broker must not take it out of service:
 * its readiness checks the database only. (quote-service's KafkaReadinessIT shows the other side: a
 * service on Kafka is not ready without it.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadinessWithoutKafkaIT {

  @DynamicPropertySource
  static void realDatabaseUnreachableKafka(DynamicPropertyRegistry registry) {
    UnreachableKafka.withRealDatabase(registry);
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
}
