package dk.renos.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class KafkaClusterHealthIndicatorTests {

  @Test
  void downWithTheReasonAndWithinTheTimeoutWhenNoBrokerAnswers() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    KafkaClusterHealthIndicator indicator =
        new KafkaClusterHealthIndicator(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port),
            Duration.ofSeconds(1));
    try {
      long start = System.nanoTime();
      Health health = indicator.health();
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).containsKey("error");
      assertThat(elapsedMs).isLessThan(3_000);
    } finally {
      indicator.destroy();
    }
  }

  @Test
  void registeredAsKafkaWhenKafkaIsConfigured() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(KafkaAutoConfiguration.class, KafkaHealthAutoConfiguration.class))
        .run(
            context ->
                assertThat(context)
                    .hasBean("kafkaHealthIndicator")
                    .hasSingleBean(KafkaClusterHealthIndicator.class));
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(KafkaHealthAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(KafkaClusterHealthIndicator.class));
  }
}
