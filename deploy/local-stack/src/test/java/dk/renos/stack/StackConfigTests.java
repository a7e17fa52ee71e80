package dk.renos.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTests {

  @Test
  void freshCloneDefaultsPutDataUnderDotRenosAndUseDocumentedPorts() {
    StackConfig config = StackConfig.fromEnvironment(Map.of("RENOS_HOME", "/repo"));
    assertThat(config.dataDir()).isEqualTo(Path.of("/repo/.renos"));
    assertThat(config.infra().postgresPort()).isEqualTo(15432);
    assertThat(config.infra().kafkaPort()).isEqualTo(19092);
    assertThat(config.infra().redisPort()).isEqualTo(16379);
    assertThat(config.port(ServiceSpec.named("gateway-service"))).isEqualTo(8080);
    assertThat(config.port(ServiceSpec.named("monitoring-service"))).isEqualTo(8086);
    assertThat(config.jar(ServiceSpec.named("lead-service")))
        .isEqualTo(Path.of("/repo/lead-service/target/lead-service.jar"));
    assertThat(config.infra().logFile("kafka")).isEqualTo(Path.of("/repo/.renos/logs/kafka.log"));
  }

  @Test
  void environmentMovesPortsAndDataFolder() {
    StackConfig config =
        StackConfig.fromEnvironment(
            Map.of(
                "RENOS_HOME",
                "/repo",
                "RENOS_DATA_DIR",
                "/var/lib/renos",
                "RENOS_GATEWAY_PORT",
                "9999",
                "RENOS_POSTGRES_PORT",
                "5544"));
    assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/renos"));
    assertThat(config.port(ServiceSpec.named("gateway-service"))).isEqualTo(9999);
    assertThat(config.infra().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5544/renos");
  }

  @Test
  void aPortThatIsNotANumberIsNamedInTheError() {
    assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("RENOS_LEAD_PORT", "eighty")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RENOS_LEAD_PORT=eighty is not a TCP port (1-65535)");
    assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("RENOS_REDIS_PORT", "70000")))
        .hasMessageContaining("RENOS_REDIS_PORT=70000");
  }

  @Test
  void everyServiceHasItsOwnPortAndUrlVariable() {
    assertThat(ServiceSpec.ALL).hasSize(7);
    assertThat(ServiceSpec.ALL.stream().map(ServiceSpec::defaultPort).distinct()).hasSize(7);
    assertThat(ServiceSpec.ALL.stream().map(ServiceSpec::urlEnv).distinct()).hasSize(7);
    assertThat(ServiceSpec.ALL.getLast().name())
        .as("gateway starts last, fronting the rest")
        .isEqualTo("gateway-service");
  }
}
