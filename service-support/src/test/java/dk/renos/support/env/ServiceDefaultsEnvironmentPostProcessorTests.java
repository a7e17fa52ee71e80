package dk.renos.support.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.kafka.core.KafkaAdmin;

class ServiceDefaultsEnvironmentPostProcessorTests {

  private final ServiceDefaultsEnvironmentPostProcessor processor =
      new ServiceDefaultsEnvironmentPostProcessor();

  private ConfigurableEnvironment environment(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    processor.postProcessEnvironment(environment, new SpringApplication());
    return environment;
  }

  @Test
  void schemaDrivesFlywayHikariAndHibernate() {
    ConfigurableEnvironment env =
        environment(Map.of("renos.service.schema", "x", "spring.application.name", "x-service"));
    assertThat(env.getProperty("spring.flyway.schemas")).isEqualTo("x");
    assertThat(env.getProperty("spring.flyway.default-schema")).isEqualTo("x");
    assertThat(env.getProperty("spring.datasource.hikari.schema")).isEqualTo("x");
    assertThat(env.getProperty("spring.jpa.properties.hibernate.default_schema")).isEqualTo("x");
    assertThat(env.getProperty("spring.jpa.open-in-view")).isEqualTo("false");
    assertThat(env.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    assertThat(env.getProperty("management.metrics.tags.application")).isEqualTo("x-service");
  }

  @Test
  void infrastructureDefaultsPointAtTheLocalStack() {
    ConfigurableEnvironment env = environment(Map.of("renos.service.schema", "x"));
    assertThat(env.getProperty("spring.datasource.url"))
        .isEqualTo("jdbc:postgresql://localhost:15432/renos");
    assertThat(env.getProperty("spring.datasource.username")).isEqualTo("renos");
    assertThat(env.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("localhost:19092");
    assertThat(env.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
    assertThat(env.getProperty("spring.kafka.producer.properties.enable.idempotence"))
        .isEqualTo("true");
    assertThat(env.getProperty("spring.data.redis.port")).isEqualTo("16379");
    assertThat(env.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    assertThat(env.getProperty("server.shutdown")).isEqualTo("graceful");
    assertThat(env.getProperty("management.endpoint.health.group.liveness.include"))
        .isEqualTo("livenessState");
    assertThat(env.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
  }

  @Test
  void environmentVariablesAndServicePropertiesWinOverDefaults() {
    ConfigurableEnvironment env =
        environment(
            Map.of(
                "renos.service.schema", "x",
                "RENOS_DB_URL", "jdbc:postgresql://db:5432/other",
                "RENOS_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "spring.flyway.schemas", "y",
                "management.endpoint.health.group.readiness.include",
                    "readinessState,db,kafka,redis"));
    assertThat(env.getProperty("spring.datasource.url"))
        .isEqualTo("jdbc:postgresql://db:5432/other");
    assertThat(env.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("kafka:9092");
    assertThat(env.getProperty("spring.flyway.schemas")).isEqualTo("y");
    assertThat(env.getProperty("spring.flyway.default-schema")).isEqualTo("x");
    assertThat(env.getProperty("management.endpoint.health.group.readiness.include"))
        .isEqualTo("readinessState,db,kafka,redis");
  }

  @Test
  void readinessIncludesDbAndKafkaOnlyWhenTheServiceHasThem() {
    ClassLoader fullService =
        getClass().getClassLoader(); // this module's test classpath: JDBC and Kafka
    assertThat(
            ServiceDefaultsEnvironmentPostProcessor.computedDefaults(
                new StandardEnvironment(), fullService))
        .containsEntry(
            ServiceDefaultsEnvironmentPostProcessor.READINESS_INCLUDE, "readinessState,db,kafka");
    ClassLoader kafkaOnly = new FilteredClassLoader("org.springframework.boot.jdbc.autoconfigure");
    assertThat(
            ServiceDefaultsEnvironmentPostProcessor.computedDefaults(
                new StandardEnvironment(), kafkaOnly))
        .containsEntry(
            ServiceDefaultsEnvironmentPostProcessor.READINESS_INCLUDE, "readinessState,kafka");
    ClassLoader gatewayLike = new FilteredClassLoader(KafkaAdmin.class);
    assertThat(
            ServiceDefaultsEnvironmentPostProcessor.computedDefaults(
                new StandardEnvironment(), gatewayLike))
        .containsEntry(
            ServiceDefaultsEnvironmentPostProcessor.READINESS_INCLUDE, "readinessState,db");
  }

  @Test
  void servicesOnKafkaGetTheOutboxAndProcessedMessageMigrations() {
    assertThat(
            ServiceDefaultsEnvironmentPostProcessor.computedDefaults(
                new StandardEnvironment(), getClass().getClassLoader()))
        .containsEntry(
            ServiceDefaultsEnvironmentPostProcessor.FLYWAY_LOCATIONS,
            "classpath:db/migration,classpath:db/renos-messaging");
    assertThat(
            ServiceDefaultsEnvironmentPostProcessor.computedDefaults(
                new StandardEnvironment(), new FilteredClassLoader(KafkaAdmin.class)))
        .doesNotContainKey(ServiceDefaultsEnvironmentPostProcessor.FLYWAY_LOCATIONS);
  }

  @Test
  void otlpSpanExportOnlyWhenAnEndpointIsSet() {
    assertThat(
            environment(Map.of())
                .getProperty(ServiceDefaultsEnvironmentPostProcessor.OTLP_TRACES_ENDPOINT))
        .isNull();
    assertThat(
            environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/"))
                .getProperty(ServiceDefaultsEnvironmentPostProcessor.OTLP_TRACES_ENDPOINT))
        .isEqualTo("http://collector:4318/v1/traces");
  }

  @Test
  void aRealApplicationSeesItsOwnPropertiesAboveTheDefaults() {
    SpringApplication application = new SpringApplication(Empty.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    try (ConfigurableApplicationContext context =
        application.run("--spring.config.location=classpath:/defaults-test/application.yml")) {
      ConfigurableEnvironment env = context.getEnvironment();
      assertThat(env.getProperty("spring.flyway.schemas")).isEqualTo("demo");
      assertThat(env.getProperty("spring.jpa.open-in-view")).isEqualTo("true");
      assertThat(env.getProperty("server.shutdown")).isEqualTo("graceful");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Empty {}
}
