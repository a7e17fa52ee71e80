package dk.renos.support.messaging;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Failures are retried with exponential backoff, then the record goes to this consumer's own
 * dead-letter topic ({@code <consumer>.dlt}) and the partition moves on. Nothing is acknowledged
 * and dropped: the dead letter keeps the original value, key and headers, plus Spring's {@code
 * kafka_dlt-*} headers naming the original topic, partition, offset and failure.
 */
public final class DeadLetters {

  private DeadLetters() {}

  public static String topicFor(String consumer) {
    return consumer + ".dlt";
  }

  public static DefaultErrorHandler errorHandler(
      KafkaOperations<?, ?> template, String consumer, ExponentialBackOff backOff) {
    DeadLetterPublishingRecoverer recoverer =
        new DeadLetterPublishingRecoverer(
            template, (record, exception) -> new TopicPartition(topicFor(consumer), -1));
    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
    handler.addNotRetryableExceptions(PoisonMessageException.class);
    return handler;
  }
}
