package dk.renos.email.gmail;

import static dk.renos.email.gmail.GmailTestSupport.GMAIL;
import static dk.renos.email.gmail.GmailTestSupport.await;
import static dk.renos.email.gmail.GmailTestSupport.mail;
import static dk.renos.email.gmail.GmailTestSupport.messageId;
import static dk.renos.email.gmail.GmailTestSupport.newMailbox;
import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.email.gmail.connection.GmailConnection;
import dk.renos.fake.google.gmail.FakeMailbox;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reconciliation proves the store holds what Gmail holds: a message lost from the store (as if sync
 * had silently skipped it) is reported by id in the API, health and metrics, and repaired.
 */
class GmailReconciliationIT extends GmailIntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aMessageMissingFromTheStoreIsReportedByIdAndRepaired() throws Exception {
    String mailbox = newMailbox();
    FakeMailbox gmail = GMAIL.mailbox(mailbox);
    gmail.generate(6, 2, 5);
    String blocked =
        gmail.deliver(
            mail(messageId("blocked"), "x@blocked.example", mailbox, "Reklame", "Køb", ""));
    GmailConnection connection = connectAndSync(mailbox);
    assertThat(stored(mailbox)).isEqualTo(12);

    // Lose two stored messages behind sync's back (history has moved on, so sync will not see them
    // again).
    List<String> lost =
        jdbc.queryForList(
            "select gmail_id from email_message where connection_id = ? "
                + "order by gmail_id limit 2",
            String.class,
            connection.getId());
    for (String gmailId : lost) {
      UUID id =
          jdbc.queryForObject(
              "select id from email_message where gmail_id = ?", UUID.class, gmailId);
      jdbc.update("delete from email_attachment where message_id = ?", id);
      jdbc.update("delete from email_message where id = ?", id);
    }

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/emails/reconciliation"))
                    .header("Authorization", TestTokens.bearer(Role.OWNER))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(response.body()).get(0);
    assertThat(report.at("/gmailCount").asInt()).isEqualTo(13);
    assertThat(report.at("/storedCount").asInt())
        .as("12 stored, one blocked on purpose: 11 after the loss")
        .isEqualTo(11);
    assertThat(report.at("/missingCount").asInt()).isEqualTo(2);
    assertThat(JSON.convertValue(report.at("/missingIds"), List.class))
        .containsExactlyInAnyOrderElementsOf(lost)
        .doesNotContain(blocked);
    assertThat(report.at("/repairedCount").asInt()).isEqualTo(2);
    assertThat(stored(mailbox)).as("repaired").isEqualTo(12);

    JsonNode latest = ServiceHttp.on(port).as(Role.OWNER).getJson("/api/emails/reconciliation");
    assertThat(latest.at("/0/missingCount").asInt()).isEqualTo(2);
    String metrics = ServiceHttp.on(port).as(Role.OWNER).get("/actuator/prometheus").body();
    assertThat(metrics)
        .contains("renos_gmail_reconciliation_missing")
        .contains("renos_gmail_reconciliation_unrepaired");
    assertThat(
            ServiceHttp.on(port)
                .as(Role.OWNER)
                .getJson("/actuator/health")
                .at("/components/gmail/details")
                .toString())
        .contains("reconciliation:" + connection.getId());

    HttpResponse<String> second =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/emails/reconciliation"))
                    .header("Authorization", TestTokens.bearer(Role.OWNER))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(JSON.readTree(second.body()).at("/0/missingCount").asInt())
        .as("no gap left")
        .isZero();
  }

  @Test
  void whenGmailIsUnavailableReconciliationSaysSoAsAProblem() throws Exception {
    String mailbox = newMailbox();
    connectAndSync(mailbox);
    GMAIL.faults().failNext(1000, 500, "backendError", null);
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + port + "/api/emails/reconciliation"))
                      .header("Authorization", TestTokens.bearer(Role.OWNER))
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(JSON.readTree(response.body()).at("/detail").asString())
          .containsIgnoringCase("gmail");
    } finally {
      GMAIL.faults().clear();
      await(
          "breaker closed again",
          WAIT,
          () ->
              ServiceHttp.on(port)
                  .as(Role.OWNER)
                  .getJson("/api/emails/sync")
                  .at("/circuitBreaker")
                  .asString()
                  .equals("CLOSED"));
    }
  }
}
