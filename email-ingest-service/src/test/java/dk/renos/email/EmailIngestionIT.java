package dk.renos.email;

import static dk.renos.email.IngestTestSupport.await;
import static dk.renos.email.IngestTestSupport.awaitEmailReceived;
import static dk.renos.email.IngestTestSupport.emailReceived;
import static dk.renos.email.IngestTestSupport.fixture;
import static dk.renos.email.IngestTestSupport.json;
import static dk.renos.email.IngestTestSupport.message;
import static dk.renos.email.IngestTestSupport.post;
import static dk.renos.email.IngestTestSupport.uniqueId;
import static dk.renos.testsupport.KafkaTopics.headers;
import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.events.EventType;
import dk.renos.events.email.EmailReceived;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.WithRealInfrastructure;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * POST /api/emails against real PostgreSQL and Kafka: rows, threads, the published EmailReceived,
 * problems.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class EmailIngestionIT {

  private static final String RFC822 = "message/rfc822";

  @LocalServerPort int port;

  @Autowired JdbcTemplate jdbc;

  @Autowired JsonMapper jsonMapper;

  @Test
  void aPostedMessageIsStoredAndPublishedAsEmailReceivedMatchingTheGoldenSample() {
    String rfc822Id = uniqueId("golden");
    HttpResponse<String> response = post(port, RFC822, fixture("golden-sample.eml", rfc822Id));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = json(response.body());
    String messageId = body.at("/messageId").asString();
    String threadId = body.at("/threadId").asString();
    assertThat(body.at("/duplicate").asBoolean()).isFalse();
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/api/emails/messages/" + messageId);

    JsonNode golden = jsonMapper.readTree(EventType.EMAIL_RECEIVED.sampleJson());
    Map<String, Object> row =
        jdbc.queryForMap("select * from email_message where message_id = ?", rfc822Id);
    assertThat(row)
        .containsEntry("id", UUID.fromString(messageId))
        .containsEntry("thread_id", UUID.fromString(threadId))
        .containsEntry("sender", "noreply@leadpoint.dk")
        .containsEntry("from_name", "Rengøring Aarhus")
        .containsEntry("to_addresses", "[\"info@renos.example.dk\"]")
        .containsEntry("in_reply_to", null)
        .containsEntry("subject", golden.at("/subject").asString())
        .containsEntry("body_text", golden.at("/bodyText").asString())
        .containsEntry("synthetic_message_id", false);
    assertThat(
            jdbc.queryForMap(
                "select subject, message_count from email_thread where id = ?",
                UUID.fromString(threadId)))
        .containsEntry("subject", golden.at("/subject").asString())
        .containsEntry("message_count", 1);
    JsonNode stored =
        ServiceHttp.on(port).as(Role.STAFF).getJson("/api/emails/messages/" + messageId);
    assertThat(stored.at("/rfc822MessageId").asString()).isEqualTo(rfc822Id);
    assertThat(stored.at("/sentAt").asString()).isEqualTo("2026-03-27T06:58:12Z");

    ConsumerRecord<String, byte[]> record = awaitEmailReceived(rfc822Id);
    assertThat(record.key()).isEqualTo(threadId);
    assertThat(headers(record))
        .containsEntry("ce_type", "dk.renos.email.EmailReceived.v1")
        .containsEntry("ce_subject", threadId)
        .containsEntry("ce_source", "/renos/email-ingest-service")
        .containsEntry("ce_specversion", "1.0")
        .containsEntry("content-type", "application/json")
        .containsKeys("ce_id", "ce_time");

    // Producer golden-sample test: the same field set, and the same values except the generated
    // ones.
    JsonNode published = jsonMapper.readTree(record.value());
    assertThat(fieldNames(published)).containsExactlyElementsOf(fieldNames(golden));
    ObjectNode expected = (ObjectNode) golden.deepCopy();
    expected.put("messageId", messageId);
    expected.put("threadId", threadId);
    expected.put("rfc822MessageId", rfc822Id);
    expected.put("receivedAt", published.at("/receivedAt").asString());
    assertThat(published).isEqualTo(expected);
    EmailReceived event = jsonMapper.readValue(record.value(), EmailReceived.class);
    assertThat(event.receivedAt())
        .isEqualTo(((java.sql.Timestamp) row.get("received_at")).toInstant());
  }

  @Test
  void theSameMessageTwiceIsOneRowAndOneEvent() {
    String rfc822Id = uniqueId("twice");
    byte[] raw = message(rfc822Id, "", "Rengøring", "Hej, æ ø å\r\n");

    HttpResponse<String> first = post(port, RFC822, raw);
    HttpResponse<String> second = post(port, RFC822, raw);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    assertThat(json(second.body()).at("/duplicate").asBoolean()).isTrue();
    assertThat(json(second.body()).at("/messageId")).isEqualTo(json(first.body()).at("/messageId"));
    assertThat(json(second.body()).at("/threadId")).isEqualTo(json(first.body()).at("/threadId"));
    assertThat(rows(rfc822Id)).isEqualTo(1);
    awaitEmailReceived(rfc822Id);
    awaitOutboxEmpty();
    assertThat(emailReceived(rfc822Id)).hasSize(1);
  }

  @Test
  void aReplyJoinsTheThreadOfTheMessageItAnswers() {
    String original = uniqueId("original");
    String reply = uniqueId("reply");
    String laterReply = uniqueId("later");
    String threadId =
        created(message(original, "", "Tilbud", "Hej\r\n")).at("/threadId").asString();

    JsonNode answer =
        created(
            message(
                reply,
                "In-Reply-To: " + original + "\r\nReferences: " + original + "\r\n",
                "Re: Tilbud",
                "Tak\r\n"));
    JsonNode referencesOnly =
        created(
            message(
                laterReply,
                "References: <unknown@elsewhere.dk> " + original + "\r\n",
                "Re: Re: Tilbud",
                "Aftalt\r\n"));

    assertThat(answer.at("/threadId").asString()).isEqualTo(threadId);
    assertThat(referencesOnly.at("/threadId").asString()).isEqualTo(threadId);
    assertThat(
            jdbc.queryForObject(
                "select message_count from email_thread where id = ?",
                Integer.class,
                UUID.fromString(threadId)))
        .isEqualTo(3);
    ConsumerRecord<String, byte[]> replyEvent = awaitEmailReceived(reply);
    assertThat(replyEvent.key()).isEqualTo(threadId);
    assertThat(jsonMapper.readValue(replyEvent.value(), EmailReceived.class).inReplyTo())
        .isEqualTo(original);
  }

  @Test
  void aReplyThatArrivesBeforeItsParentIsJoinedByTheParent() {
    String original = uniqueId("late-original");
    String reply = uniqueId("early-reply");
    String threadId =
        created(message(reply, "In-Reply-To: " + original + "\r\n", "Re: Pris", "Ja tak\r\n"))
            .at("/threadId")
            .asString();

    assertThat(
            created(message(original, "", "Pris", "Hvad koster det?\r\n"))
                .at("/threadId")
                .asString())
        .isEqualTo(threadId);
    assertThat(
            jdbc.queryForObject(
                "select message_count from email_thread where id = ?",
                Integer.class,
                UUID.fromString(threadId)))
        .isEqualTo(2);
  }

  @Test
  void aMessageWithoutMessageIdGetsAStableSyntheticId() {
    byte[] raw = message(null, "", "Uden id " + UUID.randomUUID(), "Hej\r\n");

    JsonNode first = created(raw);
    HttpResponse<String> again = post(port, RFC822, raw);

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again.body()).at("/messageId")).isEqualTo(first.at("/messageId"));
    Map<String, Object> row =
        jdbc.queryForMap(
            "select message_id, synthetic_message_id from email_message where id = ?",
            UUID.fromString(first.at("/messageId").asString()));
    assertThat((String) row.get("message_id")).matches("<[0-9a-f]{64}@renos\\.local>");
    assertThat(row).containsEntry("synthetic_message_id", true);
  }

  @Test
  void somethingThatIsNotAnEmailIsA400NamingWhatIsWrong() {
    JsonNode garbage =
        assertProblem(
            post(port, RFC822, "just some text\r\n".getBytes(StandardCharsets.UTF_8)), 400);
    assertThat(garbage.at("/errors/0/field").asString()).isEqualTo("message");
    assertThat(garbage.at("/detail").asString()).contains("not an RFC 822 message");
    JsonNode noFrom =
        assertProblem(
            post(
                port,
                RFC822,
                "To: info@renos.example.dk\r\nSubject: Hej\r\n\r\nHej\r\n"
                    .getBytes(StandardCharsets.UTF_8)),
            400);
    assertThat(noFrom.at("/errors/0/field").asString()).isEqualTo("From");
    assertThat(noFrom.at("/detail").asString()).isEqualTo("From is missing");
    assertThat(noFrom.at("/instance").asString()).isEqualTo("/api/emails");
    assertProblem(post(port, RFC822, new byte[0]), 400);
  }

  @Test
  void aMessageOverTenMegabytesIs413() {
    byte[] raw = new byte[10 * 1024 * 1024 + 1];
    Arrays.fill(raw, (byte) 'a');
    byte[] header = "From: kunde@example.dk\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, raw, 0, header.length);

    assertThat(assertProblem(post(port, RFC822, raw), 413).at("/detail").asString())
        .contains("10 MB");
  }

  @Test
  void anotherContentTypeIs415() {
    byte[] raw = message(uniqueId("json"), "", "Hej", "Hej\r\n");
    assertProblem(post(port, "text/plain", raw), 415);
    assertProblem(post(port, "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 415);
  }

  private JsonNode created(byte[] raw) {
    HttpResponse<String> response = post(port, RFC822, raw);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response.body());
  }

  private static JsonNode assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json(response.body());
    assertThat(problem.at("/status").asInt()).isEqualTo(status);
    return problem;
  }

  private int rows(String rfc822Id) {
    return jdbc.queryForObject(
        "select count(*) from email_message where message_id = ?", Integer.class, rfc822Id);
  }

  private void awaitOutboxEmpty() {
    await(
        "outbox sent",
        () ->
            jdbc.queryForObject(
                    "select count(*) from event_publication where completion_date is null",
                    Integer.class)
                == 0);
  }

  private static List<String> fieldNames(JsonNode node) {
    return node.properties().stream().map(Map.Entry::getKey).toList();
  }
}
