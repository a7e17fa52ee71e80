package dk.renos.email;

import dk.renos.events.Topics;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.RealInfrastructure;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shared by the ingest ITs: fixtures, raw HTTP POSTs and reading {@code email.events} from the
 * start.
 */
final class IngestTestSupport {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private IngestTestSupport() {}

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
    return ("From: Kunde <kunde@example.dk>\r\nTo: info@renos.example.dk\r\nSubject: "
            + subject
            + "\r\n"
            + (messageId == null ? "" : "Message-ID: " + messageId + "\r\n")
            + extraHeaders
            + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + body)
        .getBytes(StandardCharsets.UTF_8);
  }

  static HttpResponse<String> post(int port, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/emails"))
            .header("Authorization", TestTokens.bearer(Role.STAFF))
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
    return kafka().readAll(Topics.EMAIL).stream()
        .filter(record -> isEmailReceived(record, rfc822MessageId))
        .toList();
  }

  static ConsumerRecord<String, byte[]> awaitEmailReceived(String rfc822MessageId) {
    return kafka().awaitRecord(Topics.EMAIL, record -> isEmailReceived(record, rfc822MessageId));
  }

  private static boolean isEmailReceived(
      ConsumerRecord<String, byte[]> record, String rfc822MessageId) {
    return "dk.renos.email.EmailReceived.v1".equals(KafkaTopics.header(record, "ce_type"))
        && rfc822MessageId.equals(JSON.readTree(record.value()).path("rfc822MessageId").asString());
  }

  /** Looked up on use: the fixtures here serve unit tests too, which must not start the servers. */
  private static KafkaTopics kafka() {
    return KafkaTopics.on(RealInfrastructure.shared());
  }

  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 90 s: " + what);
      }
      KafkaTopics.sleep(100);
    }
  }
}
