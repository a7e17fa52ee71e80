package dk.renos.support.messaging;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the CloudEvents externalization before Spring Modulith looks for one, so the outbox
 * routes every catalogued event to its topic with CloudEvents headers.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
      "org.springframework.modulith.events.kafka.KafkaEventExternalizerConfiguration",
      "org.springframework.modulith.events.kafka.KafkaJacksonConfiguration",
      "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"
    })
@ConditionalOnClass({EventExternalizationConfiguration.class, JsonMapper.class})
public class CloudEventsExternalizationAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  EventExternalizationConfiguration renosEventExternalization(
      @Value("${spring.application.name}") String application, JsonMapper json, Clock clock) {
    return new CloudEventsExternalization(application, json, clock).configuration();
  }

  /**
   * Replaces Modulith's converter (which would add a {@code __TypeId__} header) for the
   * KafkaTemplate.
   */
  @Bean
  @ConditionalOnMissingBean(RecordMessageConverter.class)
  @ConditionalOnClass(RecordMessageConverter.class)
  RecordMessageConverter cloudEventsMessageConverter(JsonMapper json) {
    return new CloudEventsMessageConverter(json);
  }
}
