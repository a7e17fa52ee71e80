package dk.renos.support.env;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Adds the RenOS service defaults ({@code classpath:renos-service-defaults.yml}) as the
 * lowest-precedence property sources, so a service's application.yml, the environment and test
 * properties all override them. Runs after Boot has loaded application.yml.
 *
 * <p>A few defaults depend on the runtime and are computed here:
 *
 * <ul>
 *   <li>the readiness group contains {@code db} and {@code kafka} only when JDBC / Kafka support is
 *       on the classpath (a reactive gateway without a database keeps working);
 *   <li>services with Kafka get Flyway's {@code classpath:db/renos-messaging} location (outbox and
 *       processed-message tables);
 *   <li>OTLP span export is configured only when {@code OTEL_EXPORTER_OTLP_ENDPOINT} (or {@code
 *       OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}) is set; otherwise nothing tries to export.
 * </ul>
 */
public class ServiceDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

  public static final String DEFAULTS_RESOURCE = "renos-service-defaults.yml";
  public static final String COMPUTED_SOURCE_NAME = "renosServiceDefaults:computed";

  static final String OTLP_TRACES_ENDPOINT =
      "management.opentelemetry.tracing.export.otlp.endpoint";
  static final String READINESS_INCLUDE = "management.endpoint.health.group.readiness.include";
  static final String FLYWAY_LOCATIONS = "spring.flyway.locations";

  @Override
  public int getOrder() {
    // After ConfigDataEnvironmentPostProcessor, so addLast really is "below application.yml".
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    MutablePropertySources sources = environment.getPropertySources();
    if (sources.contains(COMPUTED_SOURCE_NAME)) {
      return;
    }
    ClassLoader classLoader =
        application != null ? application.getClassLoader() : getClass().getClassLoader();
    sources.addLast(
        new MapPropertySource(COMPUTED_SOURCE_NAME, computedDefaults(environment, classLoader)));
    for (PropertySource<?> source : loadYaml()) {
      sources.addLast(source);
    }
  }

  private static List<PropertySource<?>> loadYaml() {
    try {
      return new YamlPropertySourceLoader()
          .load(
              "renosServiceDefaults:" + DEFAULTS_RESOURCE,
              new ClassPathResource(DEFAULTS_RESOURCE));
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot read " + DEFAULTS_RESOURCE, ex);
    }
  }

  static Map<String, Object> computedDefaults(
      ConfigurableEnvironment environment, ClassLoader classLoader) {
    Map<String, Object> defaults = new LinkedHashMap<>();

    StringBuilder readiness = new StringBuilder("readinessState");
    if (ClassUtils.isPresent(
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration", classLoader)) {
      readiness.append(",db");
    }
    if (ClassUtils.isPresent("org.springframework.kafka.core.KafkaAdmin", classLoader)) {
      readiness.append(",kafka");
      // Services on Kafka also get the outbox and processed-message tables (a repeatable
      // migration).
      defaults.put(FLYWAY_LOCATIONS, "classpath:db/migration,classpath:db/renos-messaging");
    }
    defaults.put(READINESS_INCLUDE, readiness.toString());

    String tracesEndpoint = environment.getProperty("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
    String baseEndpoint = environment.getProperty("OTEL_EXPORTER_OTLP_ENDPOINT");
    if (!StringUtils.hasText(tracesEndpoint) && StringUtils.hasText(baseEndpoint)) {
      tracesEndpoint = baseEndpoint.replaceAll("/+$", "") + "/v1/traces";
    }
    if (StringUtils.hasText(tracesEndpoint)) {
      defaults.put(OTLP_TRACES_ENDPOINT, tracesEndpoint);
    }
    return defaults;
  }
}
