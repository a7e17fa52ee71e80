package dk.renos.support.messaging;

import dk.renos.support.jdbc.AdvisoryLocks;
import dk.renos.support.jdbc.AdvisoryLocksAutoConfiguration;
import dk.renos.support.messaging.web.DeadLetterController;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery guarantees for every service on Kafka: CloudEvents externalization of the outbox,
 * idempotent consumption, retry-then-dead-letter, and single-replica outbox resubmission.
 */
@AutoConfiguration(
    after = {KafkaAutoConfiguration.class, AdvisoryLocksAutoConfiguration.class},
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
      "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
      "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
      "org.springframework.modulith.events.config.EventPublicationAutoConfiguration"
    })
@ConditionalOnClass({KafkaOperations.class, JsonMapper.class})
public class MessagingAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  CloudEventReader cloudEventReader(JsonMapper json) {
    return new CloudEventReader(json);
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(KafkaOperations.class)
  DefaultErrorHandler renosErrorHandler(
      KafkaOperations<?, ?> template,
      @Value("${spring.kafka.consumer.group-id}") String consumer,
      @Value("${renos.messaging.retry.initial-interval:PT0.2S}") Duration initial,
      @Value("${renos.messaging.retry.max-elapsed:PT3S}") Duration maxElapsed) {
    ExponentialBackOff backOff = new ExponentialBackOff(initial.toMillis(), 2.0);
    backOff.setMaxInterval(Duration.ofSeconds(1).toMillis());
    backOff.setMaxElapsedTime(maxElapsed.toMillis());
    return DeadLetters.errorHandler(template, consumer, backOff);
  }

  /** The consumer's dead-letter topic exists before the first failure needs it. */
  @Bean
  NewTopic renosDeadLetterTopic(@Value("${spring.kafka.consumer.group-id}") String consumer) {
    return TopicBuilder.name(DeadLetters.topicFor(consumer)).partitions(1).replicas(1).build();
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean({ConsumerFactory.class, KafkaOperations.class})
  DeadLetterStore deadLetterStore(
      ConsumerFactory<String, byte[]> consumers,
      KafkaOperations<String, byte[]> template,
      @Value("${spring.kafka.consumer.group-id}") String consumer) {
    return new DeadLetterStore(consumers, template, consumer);
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  // Member classes are evaluated before this class's own @Bean methods, so the condition names
  // what the store needs rather than the store itself.
  @ConditionalOnBean({ConsumerFactory.class, KafkaOperations.class})
  @Import(DeadLetterController.class)
  static class DeadLetterWeb {}

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JdbcTemplate.class)
  @ConditionalOnBean(JdbcTemplate.class)
  static class Idempotency {

    @Bean
    @ConditionalOnMissingBean
    ProcessedMessages processedMessages(
        JdbcTemplate jdbc,
        @Value("${spring.kafka.consumer.group-id}") String consumer,
        Clock clock) {
      return new ProcessedMessages(jdbc, consumer, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    EventInbox eventInbox(CloudEventReader reader, ProcessedMessages processed) {
      return new EventInbox(reader, processed);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(IncompleteEventPublications.class)
  @EnableScheduling
  static class Outbox {

    @Bean
    @ConditionalOnBean({
      IncompleteEventPublications.class,
      AdvisoryLocks.class,
      TransactionTemplate.class
    })
    OutboxResubmitter outboxResubmitter(
        IncompleteEventPublications publications,
        AdvisoryLocks locks,
        TransactionTemplate transactions,
        @Value("${renos.service.schema}") String schema,
        @Value("${renos.outbox.resubmit-older-than:PT15S}") Duration olderThan) {
      return new OutboxResubmitter(
          publications, locks, transactions, "renos-outbox:" + schema, olderThan);
    }
  }
}
