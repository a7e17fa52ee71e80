package dk.renos.email;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.email.message.EmailMessage;
import dk.renos.email.message.EmailMessageRepository;
import dk.renos.email.thread.EmailThread;
import dk.renos.email.thread.EmailThreadRepository;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.WithRealInfrastructure;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class EmailIngestServiceIT {

  @LocalServerPort int port;

  @Autowired EmailThreadRepository threads;

  @Autowired EmailMessageRepository messages;

  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void clean() {
    messages.deleteAll();
    threads.deleteAll();
  }

  @Test
  void flywayCreatedTheSchemaAndItsTables() {
    assertThat(
            jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'email' order by table_name",
                String.class))
        .contains("email_message", "email_thread", "flyway_schema_history");
  }

  @Test
  void threadsArePagedNewestFirst() throws Exception {
    Instant base = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    EmailThread older = thread("Tilbud på rengøring", base.minus(2, ChronoUnit.DAYS));
    EmailThread newest = thread("Flytterengøring", base.minus(1, ChronoUnit.HOURS));
    EmailThread middle = thread("Vinduespudsning", base.minus(1, ChronoUnit.DAYS));
    messages.save(
        new EmailMessage(
            newest.getId(),
            "<a1@example.test>",
            "kunde@example.test",
            newest.getLastMessageAt(),
            newest.getSubject(),
            "Hej"));
    assertThat(messages.findByMessageId("<a1@example.test>")).isPresent();

    JsonNode page0 = http().getJson("/api/emails/threads?page=0&size=2");
    assertThat(page0.at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(page0.at("/page/totalPages").asInt()).isEqualTo(2);
    assertThat(page0.at("/page/size").asInt()).isEqualTo(2);
    assertThat(ServiceHttp.ids(page0))
        .containsExactly(newest.getId().toString(), middle.getId().toString());
    assertThat(ServiceHttp.ids(http().getJson("/api/emails/threads?page=1&size=2")))
        .containsExactly(older.getId().toString());
  }

  @Test
  void aMessageIdIsStoredOnlyOnce() {
    EmailThread thread = thread("Rengøring", Instant.now());
    messages.saveAndFlush(
        new EmailMessage(
            thread.getId(),
            "<dup@example.test>",
            "a@example.test",
            Instant.now(),
            "Rengøring",
            "1"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                messages.saveAndFlush(
                    new EmailMessage(
                        thread.getId(),
                        "<dup@example.test>",
                        "a@example.test",
                        Instant.now(),
                        "Rengøring",
                        "2")))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void badPagingIsAProblem() {
    http().assertBadPagingIsAProblem("/api/emails/threads");
  }

  @Test
  void actuatorProbesAndPrometheus() {
    http().assertProbesAndPrometheus("email-ingest-service", "db", "kafka");
  }

  private EmailThread thread(String subject, Instant lastMessageAt) {
    EmailThread thread = EmailThread.start(subject, Instant.now());
    thread.recordMessage(lastMessageAt.minus(1, ChronoUnit.MINUTES));
    thread.recordMessage(lastMessageAt);
    return threads.save(thread);
  }

  private ServiceHttp http() {
    return ServiceHttp.on(port).as(Role.STAFF);
  }
}
