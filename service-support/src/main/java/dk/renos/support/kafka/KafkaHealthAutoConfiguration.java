package dk.renos.support.kafka;

import java.time.Duration;
import org.apache.kafka.clients.admin.AdminClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Registers the {@code kafka} health indicator (bean name kafkaHealthIndicator, health key
 * "kafka").
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass({KafkaAdmin.class, AdminClient.class, HealthIndicator.class})
@ConditionalOnBean(KafkaAdmin.class)
@ConditionalOnEnabledHealthIndicator("kafka")
public class KafkaHealthAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
  KafkaClusterHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin, Environment environment) {
    Duration timeout =
        Binder.get(environment)
            .bind("renos.health.kafka.timeout", Duration.class)
            .orElse(Duration.ofSeconds(3));
    return new KafkaClusterHealthIndicator(kafkaAdmin.getConfigurationProperties(), timeout);
  }
}
