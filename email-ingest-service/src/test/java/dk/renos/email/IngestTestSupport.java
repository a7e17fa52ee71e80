package dk.renos.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import dk.renos.events.Topics;
import dk.renos.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shared by the ingest ITs: fixtures, raw HTTP POSTs and reading {@code email.events} from the start. */
final class IngestTestSupport {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private IngestTestSupport() {
  }

  /** A fixture from {@code src/test/resources/eml} with {@code ${messageId}} replaced. */
  static byte[] fixture(String name, String messageId) {
    try (InputStream in = IngestTestSupport.class.getResourceAsStream("/eml/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replace("${messageId}", messageId).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }

  static String uniqueId(String label) {
    return "<" + label + "-" + UUID.randomUUID() + "@it.example.dk>";
  }

  /** A minimal message; {@code extraHeaders} lines end with CRLF. */
  static byte[] message(String messageId, String extraHeaders, String subject, String body) {
    return ("From: Kunde <kunde@example.dk>\r\nTo: info@renos.example.dk\r\nSubject: " + subject + "\r\n"
        + (messageId == null ? "" : "Message-ID: " + messageId + "\r\n") + extraHeaders
        + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body)
        .getBytes(StandardCharsets.UTF_8);
  }

  static HttpResponse<String> post(int port, String contentType, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/emails"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(String body) {
    return JSON.readTree(body);
  }

  /** The EmailReceived records on {@code email.events} whose payload has this rfc822MessageId. */
  static List<ConsumerRecord<String, byte[]>> emailReceived(String rfc822MessageId) {
    List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : readAll(Topics.EMAIL)) {
      if ("dk.renos.email.EmailReceived.v1".equals(headers(record).get("ce_type"))
          && rfc822MessageId.equals(JSON.readTree(record.value()).path("rfc822MessageId").asString())) {
        matching.add(record);
      }
    }
    return matching;
  }

  static ConsumerRecord<String, byte[]> awaitEmailReceived(String rfc822MessageId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      List<ConsumerRecord<String, byte[]>> records = emailReceived(rfc822MessageId);
      if (!records.isEmpty()) {
        return records.getFirst();
      }
      sleep(200);
    }
    throw new AssertionError("no EmailReceived for " + rfc822MessageId + " within 30 s");
  }

  static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
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

  static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
    Map<String, String> headers = new HashMap<>();
    for (Header header : record.headers()) {
      headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
    }
    return headers;
  }

  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 30 s: " + what);
      }
      sleep(100);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
