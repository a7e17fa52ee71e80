package dk.renos.quote;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import dk.renos.events.CloudEventHeaders;
import dk.renos.events.EventType;
import dk.renos.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes records on the test broker the way other services would, with plain Kafka clients. */
public final class KafkaProbe {

  private KafkaProbe() {
  }

  /** The CloudEvents headers the producing service writes for this event (binary mode). */
  public static Map<String, String> cloudEventHeaders(EventType<?> type, UUID subject, String producer) {
    Map<String, String> headers = new HashMap<>();
    headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
    headers.put(CloudEventHeaders.ID, UUID.randomUUID().toString());
    headers.put(CloudEventHeaders.TYPE, type.ceType());
    headers.put(CloudEventHeaders.SOURCE, CloudEventHeaders.source(producer));
    headers.put(CloudEventHeaders.SUBJECT, subject.toString());
    headers.put(CloudEventHeaders.TIME, "2026-03-27T07:00:00Z");
    headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.CONTENT_TYPE_JSON);
    return headers;
  }

  public static void send(String topic, String key, byte[] value, Map<String, String> headers) {
    Map<String, Object> config = Map.of("bootstrap.servers", RealInfrastructure.shared().kafkaBootstrapServers(),
        "acks", "all");
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
      headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
      producer.send(record).get();
    } catch (Exception e) {
      throw new AssertionError("send failed", e);
    }
  }

  public static ConsumerRecord<String, byte[]> awaitRecord(String topic,
      Predicate<ConsumerRecord<String, byte[]>> match) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<String, byte[]> record : readAll(topic)) {
        if (match.test(record)) {
          return record;
        }
      }
      sleep(200);
    }
    throw new AssertionError("no matching record on " + topic + " within 30 s");
  }

  /** Everything on the topic so far, read by a fresh consumer group. */
  public static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
    Map<String, Object> config = Map.of("bootstrap.servers", RealInfrastructure.shared().kafkaBootstrapServers(),
        "group.id", "inspector-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
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

  public static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
    Map<String, String> headers = new HashMap<>();
    for (Header header : record.headers()) {
      headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
    }
    return headers;
  }

  public static String ceType(ConsumerRecord<String, byte[]> record) {
    Header header = record.headers().lastHeader(CloudEventHeaders.TYPE);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
