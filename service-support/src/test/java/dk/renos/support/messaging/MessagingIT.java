package dk.renos.support.messaging;

import static dk.renos.testsupport.KafkaTopics.headers;
import static dk.renos.testsupport.KafkaTopics.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.renos.events.CloudEventHeaders;
import dk.renos.support.messaging.app.MessagingTestApplication;
import dk.renos.support.messaging.app.Signups;
import dk.renos.support.messaging.app.Welcomes;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.RealInfrastructure;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.TestTokens;
import dk.renos.testsupport.WithRealInfrastructure;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The delivery guarantees on the real broker and database: a state change and its event commit
 * together and leave as CloudEvents with no Java names; a rollback sends nothing; a redelivered
 * event has one effect; a poison record and a failing one go to the consumer's DLT while the
 * partition keeps moving.
 */
@SpringBootTest(
    classes = MessagingTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.application.name=messaging-test",
      "renos.service.schema=messaging_test",
      "spring.flyway.locations=classpath:messaging-app/db/migration,classpath:db/renos-messaging",
      "renos.messaging.retry.max-elapsed=PT1S"
    })
@WithRealInfrastructure
class MessagingIT {

  private static final String TOPIC = "customer.events";
  private static final KafkaTopics kafka = KafkaTopics.on(RealInfrastructure.shared());

  @Autowired Signups signups;

  @Autowired JdbcTemplate jdbc;

  @LocalServerPort int port;

  @Autowired ObservationRegistry observations;

  @Autowired Tracer tracer;

  @Test
  void aCommittedChangeLeavesAsACloudEventWithoutJavaNames() {
    UUID id = UUID.randomUUID();
    signups.signUp(id, "Mette Hansen", false);

    ConsumerRecord<String, byte[]> record =
        kafka.awaitRecord(TOPIC, r -> id.toString().equals(r.key()));
    Map<String, String> headers = headers(record);
    assertThat(headers)
        .containsKeys(
            "ce_id",
            "ce_type",
            "ce_source",
            "ce_time",
            "ce_subject",
            "ce_specversion",
            "content-type");
    assertThat(headers)
        .containsEntry("ce_type", "dk.renos.customer.CustomerCreated.v1")
        .containsEntry("ce_specversion", "1.0")
        .containsEntry("ce_source", "/renos/messaging-test")
        .containsEntry("ce_subject", id.toString());
    assertThat(headers.keySet())
        .allSatisfy(name -> assertThat(name).doesNotStartWith("__").doesNotStartWith("spring_"));
    assertThat(headers.values())
        .noneMatch(value -> value.contains("dk.renos.events") || value.contains("java."));
    String json = new String(record.value(), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"customerId\":\"" + id + "\"")
        .contains("\"name\":\"Mette Hansen\"")
        .doesNotContain("dk.renos");
    assertThat(awaitCount("select count(*) from welcome where customer_id = ?", id, 1))
        .isEqualTo(1);
    assertThat(
            awaitCount(
                "select count(*) from event_publication where completion_date is null", null, 0))
        .as("the outbox has nothing left to send")
        .isZero();
  }

  @Test
  void theEventCarriesTheTraceOfTheChangeThatCausedIt() {
    UUID id = UUID.randomUUID();
    String[] traceId = new String[1];
    Observation.createNotStarted("test.signup", observations)
        .observe(
            () -> {
              traceId[0] = tracer.currentSpan().context().traceId();
              signups.signUp(id, "Traced Customer", false);
            });

    ConsumerRecord<String, byte[]> record =
        kafka.awaitRecord(TOPIC, r -> id.toString().equals(r.key()));
    assertThat(headers(record).get("traceparent"))
        .as("sent after commit on another thread, same trace")
        .matches("00-" + traceId[0] + "-[0-9a-f]{16}-0[01]");
  }

  @Test
  void aRolledBackChangeSendsNothing() throws Exception {
    UUID id = UUID.randomUUID();
    assertThatThrownBy(() -> signups.signUp(id, "Rolled Back", true))
        .hasMessage("rolled back on purpose");
    assertThat(jdbc.queryForObject("select count(*) from signup where id = ?", Integer.class, id))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ?",
                Integer.class,
                "%" + id + "%"))
        .isZero();
    UUID marker = UUID.randomUUID();
    signups.signUp(marker, "Marker", false);
    awaitCount("select count(*) from welcome where customer_id = ?", marker, 1);
    assertThat(kafka.readAll(TOPIC)).noneMatch(r -> id.toString().equals(r.key()));
  }

  @Test
  void theSameEventDeliveredTwiceHasOneEffect() {
    UUID id = UUID.randomUUID();
    signups.signUp(id, "Twice Delivered", false);
    ConsumerRecord<String, byte[]> original =
        kafka.awaitRecord(TOPIC, r -> id.toString().equals(r.key()));
    awaitCount("select count(*) from welcome where customer_id = ?", id, 1);

    kafka.send(
        TOPIC, original.key(), original.value(), headers(original)); // redelivery: same ce_id
    UUID marker = UUID.randomUUID();
    signups.signUp(marker, "After Redelivery", false);
    awaitCount("select count(*) from welcome where customer_id = ?", marker, 1);

    assertThat(
            jdbc.queryForObject(
                "select count(*) from welcome where customer_id = ?", Integer.class, id))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from processed_message where event_id = ?",
                Integer.class,
                headers(original).get("ce_id")))
        .isEqualTo(1);
  }

  @Test
  void poisonAndFailingRecordsGoToTheDeadLetterTopicAndThePartitionMovesOnAndCanBeReplayed()
      throws Exception {
    String poisonKey = UUID.randomUUID().toString();
    kafka.send(
        TOPIC,
        poisonKey,
        "{not json".getBytes(StandardCharsets.UTF_8),
        Map.of(
            CloudEventHeaders.ID, UUID.randomUUID().toString(),
            CloudEventHeaders.TYPE, "dk.renos.customer.CustomerCreated.v1",
            CloudEventHeaders.SPEC_VERSION, "1.0"));
    UUID exploding = UUID.randomUUID();
    signups.signUp(exploding, "explode", false);
    UUID after = UUID.randomUUID();
    signups.signUp(after, "After Poison", false);

    assertThat(awaitCount("select count(*) from welcome where customer_id = ?", after, 1))
        .isEqualTo(1);
    ConsumerRecord<String, byte[]> deadPoison =
        kafka.awaitRecord(DeadLetters.topicFor("messaging-test"), r -> poisonKey.equals(r.key()));
    assertThat(new String(deadPoison.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    assertThat(headers(deadPoison)).containsEntry("kafka_dlt-original-topic", TOPIC);
    ConsumerRecord<String, byte[]> deadFailure =
        kafka.awaitRecord(
            DeadLetters.topicFor("messaging-test"), r -> exploding.toString().equals(r.key()));
    assertThat(headers(deadFailure))
        .containsEntry("ce_type", "dk.renos.customer.CustomerCreated.v1");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from welcome where customer_id = ?", Integer.class, exploding))
        .as("the failed effect rolled back with its processed-message row")
        .isZero();

    // An operator lists the dead letters, fixes the cause, and replays the failed one.
    var listed =
        ServiceHttp.on(port)
            .as(Role.OWNER)
            .getJson("/api/admin/dead-letters/messaging-test?size=100");
    var letter =
        listed
            .get("content")
            .valueStream()
            .filter(node -> exploding.toString().equals(node.get("key").asString()))
            .findFirst()
            .orElseThrow();
    assertThat(letter.get("originalTopic").asString()).isEqualTo(TOPIC);
    assertThat(letter.get("ceType").asString()).isEqualTo("dk.renos.customer.CustomerCreated.v1");
    assertThat(letter.get("failure").asString()).contains("cannot welcome this customer");
    Welcomes.REFUSE_EXPLODING.set(false);
    try {
      HttpResponse<String> replay =
          post(
              "/api/admin/dead-letters/messaging-test/"
                  + letter.get("partition").asInt()
                  + "/"
                  + letter.get("offset").asLong()
                  + "/replay");
      assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);
      assertThat(awaitCount("select count(*) from welcome where customer_id = ?", exploding, 1))
          .isEqualTo(1);
    } finally {
      Welcomes.REFUSE_EXPLODING.set(true);
    }
    HttpResponse<String> missing = post("/api/admin/dead-letters/messaging-test/0/999999/replay");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  private HttpResponse<String> post(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", TestTokens.bearer(Role.OWNER))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private int awaitCount(String sql, Object argument, int expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    int count;
    do {
      count =
          argument == null
              ? jdbc.queryForObject(sql, Integer.class)
              : jdbc.queryForObject(sql, Integer.class, argument);
      if (count == expected) {
        return count;
      }
      sleep(100);
    } while (System.nanoTime() < deadline);
    return count;
  }
}
