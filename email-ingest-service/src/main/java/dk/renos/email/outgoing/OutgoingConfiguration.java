package dk.renos.email.outgoing;

import dk.renos.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutgoingSettings.class)
class OutgoingConfiguration {

  /**
   * The command topic exists before the first command, so the listener does not start on a missing
   * topic; partitions and replication are the broker's defaults, like the topics it creates on
   * first use.
   */
  @Bean
  NewTopic emailCommandsTopic() {
    return TopicBuilder.name(Topics.EMAIL_COMMANDS).build();
  }
}
