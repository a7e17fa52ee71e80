package dk.renos.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dk.renos.email.message.EmailMessage;
import dk.renos.email.message.EmailMessageRepository;
import dk.renos.email.thread.EmailThread;
import dk.renos.email.thread.EmailThreadRepository;
import dk.renos.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class EmailIngestServiceIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  @Autowired
  EmailThreadRepository threads;

  @Autowired
  EmailMessageRepository messages;

  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void clean() {
    messages.deleteAll();
    threads.deleteAll();
  }

  @Test
  void flywayCreatedTheSchemaAndItsTables() {
    assertThat(jdbc.queryForList(
        "select table_name from information_schema.tables where table_schema = 'email' order by table_name",
        String.class)).contains("email_message", "email_thread", "flyway_schema_history");
  }

  @Test
  void threadsArePagedNewestFirst() throws Exception {
    Instant base = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    EmailThread older = thread("Tilbud på rengøring", base.minus(2, ChronoUnit.DAYS));
    EmailThread newest = thread("Flytterengøring", base.minus(1, ChronoUnit.HOURS));
    EmailThread middle = thread("Vinduespudsning", base.minus(1, ChronoUnit.DAYS));
    messages.save(new EmailMessage(newest.getId(), "<a1@example.test>", "kunde@example.test",
        newest.getLastMessageAt(), newest.getSubject(), "Hej"));
    assertThat(messages.findByMessageId("<a1@example.test>")).isPresent();

    JsonNode page0 = getJson("/api/emails/threads?page=0&size=2");
    assertThat(page0.at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(page0.at("/page/totalPages").asInt()).isEqualTo(2);
    assertThat(page0.at("/page/size").asInt()).isEqualTo(2);
    assertThat(ids(page0)).containsExactly(newest.getId().toString(), middle.getId().toString());
    assertThat(ids(getJson("/api/emails/threads?page=1&size=2"))).containsExactly(older.getId().toString());
  }

  @Test
  void aMessageIdIsStoredOnlyOnce() {
    EmailThread thread = thread("Rengøring", Instant.now());
    messages.saveAndFlush(new EmailMessage(thread.getId(), "<dup@example.test>", "a@example.test", Instant.now(),
        "Rengøring", "1"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> messages.saveAndFlush(
        new EmailMessage(thread.getId(), "<dup@example.test>", "a@example.test", Instant.now(), "Rengøring", "2")))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void badPagingIsAProblem() throws Exception {
    for (String query : List.of("size=-1", "size=abc", "size=101", "page=-1")) {
      HttpResponse<String> response = get("/api/emails/threads?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.at("/status").asInt()).isEqualTo(400);
      assertThat(problem.at("/errors/0/field").asString()).isIn("size", "page");
    }
  }

  @Test
  void actuatorProbesAndPrometheus() throws Exception {
    JsonNode readiness = getJson("/actuator/health/readiness");
    assertThat(readiness.at("/status").asString()).isEqualTo("UP");
    assertThat(readiness.at("/components/db/status").asString()).isEqualTo("UP");
    assertThat(readiness.at("/components/kafka/status").asString()).isEqualTo("UP");
    assertThat(readiness.at("/components/kafka/details/nodes").asInt()).isPositive();
    assertThat(getJson("/actuator/health/liveness").at("/status").asString()).isEqualTo("UP");

    HttpResponse<String> prometheus = get("/actuator/prometheus");
    assertThat(prometheus.statusCode()).isEqualTo(200);
    assertThat(prometheus.headers().firstValue("Content-Type").orElseThrow()).matches("text/plain.*|application/openmetrics-text.*");
    assertThat(prometheus.body()).contains("jvm_memory_used_bytes").contains("application=\"email-ingest-service\"");
  }

  private EmailThread thread(String subject, Instant lastMessageAt) {
    EmailThread thread = EmailThread.start(subject, Instant.now());
    thread.recordMessage(lastMessageAt.minus(1, ChronoUnit.MINUTES));
    thread.recordMessage(lastMessageAt);
    return threads.save(thread);
  }

  private static List<String> ids(JsonNode page) {
    return page.get("content").valueStream().map(node -> node.get("id").asString()).toList();
  }

  private JsonNode getJson(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
