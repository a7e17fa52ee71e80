package dk.renos.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plain Kafka clients on the test broker, for integration tests that must see the wire, not the
 * service's own Spring Kafka setup: send a record the way another service would (CloudEvents binary
 * mode), read a topic from the beginning with a fresh consumer group, and wait for a record to
 * appear.
 *
 * <p>Records are {@code String} keys and raw {@code byte[]} values, so a test asserts on exactly
 * the bytes and headers that went over the broker. Every call opens and closes its own client:
 * slow, but no state leaks between tests and nothing needs closing.
 */
public final class KafkaTopics {

  /** How long {@link #awaitRecord(String, Predicate)} waits. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

  /** How long {@link #readAll(String)} may take; it stops sooner once the topic has gone quiet. */
  private static final Duration READ_ALL_LIMIT = Duration.ofSeconds(5);

  private final Supplier<String> bootstrapServers;

  private KafkaTopics(Supplier<String> bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** The broker of these servers, looked up on every call (a test may stop and restart Kafka). */
  public static KafkaTopics on(RealInfrastructure infrastructure) {
    return new KafkaTopics(infrastructure::kafkaBootstrapServers);
  }

  /** The broker at these bootstrap servers, e.g. {@code localhost:9092}. */
  public static KafkaTopics on(String bootstrapServers) {
    return new KafkaTopics(() -> bootstrapServers);
  }

  /**
   * One record with these headers (UTF-8), acknowledged by all in-sync replicas before this
   * returns.
   */
  public void send(String topic, String key, byte[] value, Map<String, String> headers) {
    Map<String, Object> config = Map.of("bootstrap.servers", bootstrapServers.get(), "acks", "all");
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
      headers.forEach(
          (name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
      producer.send(record).get();
    } catch (Exception e) {
      throw new AssertionError("send to " + topic + " failed", e);
    }
  }

  /**
   * A JSON event as a RenOS service's outbox publishes it: CloudEvents 1.0 binary mode, {@code
   * ce_subject} = key, {@code ce_time} = now, {@code content-type: application/json}.
   *
   * @param source the full {@code ce_source}, e.g. {@code /renos/quote-service}
   */
  public void sendCloudEvent(
      String topic, String key, String ceType, String ceId, String source, byte[] json) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ce_id", ceId);
    headers.put("ce_type", ceType);
    headers.put("ce_source", source);
    headers.put("ce_specversion", "1.0");
    headers.put("ce_subject", key);
    headers.put("ce_time", Instant.now().toString());
    headers.put("content-type", "application/json");
    send(topic, key, json, headers);
  }

  /**
   * Everything on the topic so far, in partition order, read by a fresh consumer group from the
   * earliest offset. Stops after three empty polls once partitions are assigned, or after a few
   * seconds.
   */
  public List<ConsumerRecord<String, byte[]>> readAll(String topic) {
    Map<String, Object> config =
        Map.of(
            "bootstrap.servers",
            bootstrapServers.get(),
            "group.id",
            "test-inspector-" + UUID.randomUUID(),
            "auto.offset.reset",
            "earliest");
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + READ_ALL_LIMIT.toNanos();
      int empty = 0;
      while (System.nanoTime() < deadline && empty < 3) {
        var batch = consumer.poll(Duration.ofMillis(500));
        if (batch.isEmpty() && !consumer.assignment().isEmpty()) {
          empty++;
        }
        batch.forEach(records::add);
      }
    }
    return records;
  }

  /** The first record on the topic that matches, waiting up to {@link #DEFAULT_WAIT}. */
  public ConsumerRecord<String, byte[]> awaitRecord(
      String topic, Predicate<ConsumerRecord<String, byte[]>> match) {
    return awaitRecord(topic, match, DEFAULT_WAIT);
  }

  /**
   * The first record on the topic that matches; an {@link AssertionError} if none does within
   * {@code wait}.
   */
  public ConsumerRecord<String, byte[]> awaitRecord(
      String topic, Predicate<ConsumerRecord<String, byte[]>> match, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<String, byte[]> record : readAll(topic)) {
        if (match.test(record)) {
          return record;
        }
      }
      sleep(200);
    }
    throw new AssertionError(
        "no matching record on " + topic + " within " + wait.toSeconds() + " s");
  }

  /** The record's headers as UTF-8 text, in record order; for a repeated name the last one wins. */
  public static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
    }
    return headers;
  }

  /**
   * The last header of this name as UTF-8 text, or {@code null}; e.g. {@code header(r, "ce_type")}.
   */
  public static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** The record's value as UTF-8 text. */
  public static String text(ConsumerRecord<String, byte[]> record) {
    return new String(record.value(), StandardCharsets.UTF_8);
  }

  /**
   * {@link Thread#sleep} without the checked exception, keeping the interrupt flag. Public because
   * the tests that wait for Kafka also poll their own database between checks.
   */
  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
