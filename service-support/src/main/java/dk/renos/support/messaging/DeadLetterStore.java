package dk.renos.support.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Reads this consumer's dead-letter topic and sends one dead letter back to the topic it came from,
 * unchanged (same key, value and CloudEvents headers, so the idempotent consumer still recognises
 * it), without Spring's {@code kafka_dlt-*} bookkeeping headers.
 */
public class DeadLetterStore {

  /** One dead letter as an operator sees it: where it came from and why it failed. No payload. */
  public record DeadLetter(
      int partition,
      long offset,
      String key,
      String originalTopic,
      Integer originalPartition,
      Long originalOffset,
      String ceType,
      String ceId,
      String failure,
      Instant deadAt) {}

  private static final Duration POLL = Duration.ofMillis(500);

  private final ConsumerFactory<String, byte[]> consumers;
  private final KafkaOperations<String, byte[]> template;
  private final String topic;

  public DeadLetterStore(
      ConsumerFactory<String, byte[]> consumers,
      KafkaOperations<String, byte[]> template,
      String consumer) {
    this.consumers = consumers;
    this.template = template;
    this.topic = DeadLetters.topicFor(consumer);
  }

  public String topic() {
    return topic;
  }

  /** Every dead letter, newest first. */
  public List<DeadLetter> list() {
    List<DeadLetter> letters = new ArrayList<>();
    try (Consumer<String, byte[]> consumer = open()) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(5));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!reachedEnd(consumer, end) && System.nanoTime() < deadline) {
        consumer.poll(POLL).forEach(record -> letters.add(view(record)));
      }
    }
    letters.sort(Comparator.comparing(DeadLetter::deadAt).reversed());
    return letters;
  }

  /**
   * Sends the dead letter at partition/offset back to its original topic; empty if there is none.
   */
  public Optional<String> replay(int partition, long offset) {
    Optional<ConsumerRecord<String, byte[]>> found = read(partition, offset);
    found.ifPresent(
        record -> {
          String original = header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
          ProducerRecord<String, byte[]> again =
              new ProducerRecord<>(original, record.key(), record.value());
          for (Header header : record.headers()) {
            if (!header.key().startsWith("kafka_dlt-")) {
              again.headers().add(header);
            }
          }
          template.send(again).join();
        });
    return found.map(record -> header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC));
  }

  private Optional<ConsumerRecord<String, byte[]>> read(int partition, long offset) {
    try (Consumer<String, byte[]> consumer = open()) {
      TopicPartition tp = new TopicPartition(topic, partition);
      if (consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
          .noneMatch(p -> p.partition() == partition)) {
        return Optional.empty();
      }
      consumer.assign(List.of(tp));
      long end = consumer.endOffsets(List.of(tp), Duration.ofSeconds(5)).get(tp);
      if (offset < 0 || offset >= end) {
        return Optional.empty();
      }
      consumer.seek(tp, offset);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
          if (record.offset() == offset) {
            return Optional.of(record);
          }
        }
      }
      return Optional.empty();
    }
  }

  private Consumer<String, byte[]> open() {
    return consumers.createConsumer("dead-letter-reader", "dead-letters");
  }

  private static boolean reachedEnd(
      Consumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  private static DeadLetter view(ConsumerRecord<String, byte[]> record) {
    String failure = header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
    return new DeadLetter(
        record.partition(),
        record.offset(),
        record.key(),
        header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
        intHeader(record, KafkaHeaders.DLT_ORIGINAL_PARTITION),
        longHeader(record, KafkaHeaders.DLT_ORIGINAL_OFFSET),
        header(record, "ce_type"),
        header(record, "ce_id"),
        failure == null ? null : failure.length() > 500 ? failure.substring(0, 500) : failure,
        Instant.ofEpochMilli(record.timestamp()));
  }

  private static String header(ConsumerRecord<?, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** Spring writes the original partition and offset as big-endian binary numbers. */
  private static Integer intHeader(ConsumerRecord<?, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value().length != 4
        ? null
        : java.nio.ByteBuffer.wrap(header.value()).getInt();
  }

  private static Long longHeader(ConsumerRecord<?, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value().length != 8
        ? null
        : java.nio.ByteBuffer.wrap(header.value()).getLong();
  }
}
