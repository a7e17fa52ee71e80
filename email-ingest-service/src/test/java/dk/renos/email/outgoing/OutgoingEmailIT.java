package dk.renos.email.outgoing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.email.gmail.connection.GmailConnection;
import dk.renos.email.gmail.connection.MailboxConnector;
import dk.renos.email.gmail.connection.TestTokenKeys;
import dk.renos.email.gmail.sync.MailboxSync;
import dk.renos.events.EventType;
import dk.renos.events.Topics;
import dk.renos.events.email.EmailSent;
import dk.renos.events.email.SendEmailRequested;
import dk.renos.fake.google.FakeGoogleServer;
import dk.renos.fake.google.gmail.FakeMailbox;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.RealInfrastructure;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.TestTokens;
import dk.renos.testsupport.WithRealInfrastructure;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sending against real PostgreSQL and Kafka and the fake Gmail server: dry-run by default, and with
 * sending on a command sent once (also when delivered twice) as a reply in its Gmail thread, a lead
 * portal's thread answered with a new email to the customer, AdHelp refused, Gmail 503s ridden out,
 * and the HTTP API's problems.
 *
 * <p>Each context has its own schema and consumer group, so the contexts other ITs leave running
 * (with their own sender, in dry-run) never touch these rows, and the two contexts here never touch
 * each other's. Gmail sync's scheduler is off; a test runs a sync pass itself when it needs one, so
 * injected faults reach the sender.
 */
class OutgoingEmailIT {

  static final FakeGoogleServer GMAIL = FakeGoogleServer.start();
  static final String CLIENT_ID = "renos-outgoing-it";
  static final String CLIENT_SECRET = "outgoing-it-secret";
  static final String TOKEN_KEY = TestTokenKeys.newBase64Key();
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Duration WAIT = Duration.ofSeconds(90);

  static {
    GMAIL.oauth().registerClient(CLIENT_ID, CLIENT_SECRET);
  }

  @AfterAll
  static void stopGmail() {
    GMAIL.close();
  }

  static void gmail(DynamicPropertyRegistry registry) {
    registry.add("renos.gmail.root-url", GMAIL::rootUrl);
    registry.add("renos.gmail.token-url", () -> GMAIL.tokenUrl().toString());
    registry.add("renos.gmail.client-id", () -> CLIENT_ID);
    registry.add("renos.gmail.client-secret", () -> CLIENT_SECRET);
    registry.add("renos.gmail.token-key", () -> TOKEN_KEY);
  }

  @Nested
  @NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
  @SpringBootTest(
      webEnvironment = WebEnvironment.RANDOM_PORT,
      properties = {
        "renos.service.schema=email_outgoing_it",
        "spring.kafka.consumer.group-id=email-ingest-service-outgoing-it",
        "renos.email.sending.enabled=true",
        "renos.email.sending.poll-interval=100ms",
        "renos.email.sending.retry-initial-interval=500ms",
        "renos.gmail.enabled=false",
        "renos.gmail.retry-initial-interval=50ms",
        "renos.gmail.retry-max-interval=200ms"
      })
  @WithRealInfrastructure
  @DirtiesContext
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class SendingOn {

    static final String MAILBOX =
        "info-" + UUID.randomUUID().toString().substring(0, 8) + "@renos.example.dk";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
      gmail(registry);
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailboxConnector connector;
    @Autowired MailboxSync sync;

    GmailConnection connection;

    @BeforeAll
    void connectMailbox() {
      connection =
          connector.connectWithRefreshToken(
              MAILBOX, GMAIL.oauth().issueRefreshToken(CLIENT_ID, MAILBOX));
      syncNow();
    }

    FakeMailbox mailbox() {
      return GMAIL.mailbox(MAILBOX);
    }

    void syncNow() {
      assertThat(sync.syncOnce(connection, () -> false)).as("sync pass ran").isTrue();
    }

    @Test
    void aCommandDeliveredTwiceIsSentOnceAsAReplyInItsGmailThreadAndPublishedOnce()
        throws Exception {
      String token = token();
      String inboundId = "<inbound-" + token + "@example.dk>";
      String rootId = "<root-" + token + "@example.dk>";
      String customer = "kunde-" + token + "@example.dk";
      String gmailId =
          mailbox()
              .deliver(
                  inbound(
                      "Kunde <" + customer + ">",
                      "Tilbud på rengøring " + token,
                      inboundId,
                      "References: " + rootId + "\r\nIn-Reply-To: " + rootId + "\r\n",
                      "Hej, hvad koster hovedrengøring af 98 m²? Mvh Søren Ørsted\r\n"));
      syncNow();
      UUID threadId = threadOf(inboundId);

      UUID commandId = UUID.randomUUID();
      String ceId = UUID.randomUUID().toString();
      SendEmailRequested command =
          new SendEmailRequested(
              commandId,
              threadId,
              customer,
              "Dit tilbud",
              "Hej Søren\n\nHovedrengøring af 98 m²: 7 timer, 2.443 kr. Venlig hilsen, RenOS Rengøring — æøå ÆØÅ\n",
              "quote-service",
              Instant.now());
      sendCommand(command, ceId);
      sendCommand(command, ceId); // the same delivery again
      sendCommand(command, UUID.randomUUID().toString()); // the same command under a new event id

      Map<String, Object> row = awaitStatus(commandId, "SENT");
      awaitConsumed(ceId);
      String rfc822Id = (String) row.get("rfc822_message_id");
      assertThat(rfc822Id).matches("<[0-9a-f-]{36}@renos\\.example\\.dk>");
      assertThat(row)
          .containsEntry("in_reply_to", inboundId)
          .containsEntry("thread_id", threadId)
          .containsEntry("sent_thread_id", threadId)
          .containsEntry("attempts", 1)
          .containsEntry("gmail_thread_id", mailbox().threadIdOf(gmailId));

      List<FakeMailbox.SentMessage> sent = sentWithMessageId(mailbox(), rfc822Id);
      assertThat(sent).hasSize(1);
      assertThat(sent.getFirst().threadId())
          .as("in the customer's Gmail thread")
          .isEqualTo(mailbox().threadIdOf(gmailId));
      assertThat(sent.getFirst().id()).isEqualTo(row.get("gmail_id"));
      MimeMessage mime = parse(sent.getFirst().raw());
      assertThat(mime.getHeader("In-Reply-To", null)).isEqualTo(inboundId);
      assertThat(MimeUtility.unfold(mime.getHeader("References", null)))
          .isEqualTo(rootId + " " + inboundId);
      assertThat(mime.getSubject()).isEqualTo("Re: Tilbud på rengøring " + token);
      assertThat(addresses(mime, RecipientType.TO)).containsExactly(customer);
      assertThat(((InternetAddress) mime.getFrom()[0]).getAddress()).isEqualTo(MAILBOX);
      assertThat(((String) mime.getContent()).replace("\r\n", "\n")).isEqualTo(command.bodyText());

      // Stored OUTBOUND in the thread; a later Gmail sync recognises it instead of storing it
      // twice.
      Map<String, Object> stored =
          jdbc.queryForMap("select * from email_message where message_id = ?", rfc822Id);
      assertThat(stored)
          .containsEntry("thread_id", threadId)
          .containsEntry("direction", "OUTBOUND")
          .containsEntry("gmail_id", row.get("gmail_id"))
          .containsEntry("in_reply_to", inboundId);
      syncNow();
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from email_message where message_id = ? or gmail_id = ?",
                  Integer.class,
                  rfc822Id,
                  row.get("gmail_id")))
          .isEqualTo(1);
      assertThat(
              jdbc.queryForObject(
                  "select message_count from email_thread where id = ?", Integer.class, threadId))
          .isEqualTo(2);

      ConsumerRecord<String, byte[]> event = awaitEmailSent((UUID) row.get("id"));
      assertThat(KafkaTopics.header(event, "ce_type")).isEqualTo("dk.renos.email.EmailSent.v1");
      assertThat(event.key()).isEqualTo(threadId.toString());
      EmailSent emailSent = JSON.readValue(event.value(), EmailSent.class);
      assertThat(emailSent.threadId()).isEqualTo(threadId);
      assertThat(emailSent.toAddress()).isEqualTo(customer);
      assertThat(emailSent.subject()).isEqualTo("Re: Tilbud på rengøring " + token);
      assertThat(emailSent.commandId())
          .as("the command it answers, for the requester")
          .isEqualTo(commandId);
      assertThat(emailSent.sentAt())
          .isEqualTo(((java.sql.Timestamp) row.get("sent_at")).toInstant());
      assertThat(emailSentRecords((UUID) row.get("id"))).hasSize(1);
      assertThat(sentWithMessageId(mailbox(), rfc822Id)).as("still sent once").hasSize(1);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from outgoing_email where command_id = ?",
                  Integer.class,
                  commandId))
          .isEqualTo(1);
    }

    @Test
    void aLeadmailThreadIsAnsweredWithANewEmailToTheCustomerNeverToTheRelay() throws Exception {
      String token = token();
      String leadId = "<lead-" + token + "@leadmail.no>";
      String customer = "mette-" + token + "@example.dk";
      String gmailId =
          mailbox()
              .deliver(
                  inbound(
                      "noreply@leadmail.no",
                      "Mette Hansen fra Rengøring.nu " + token,
                      leadId,
                      "",
                      "Navn: Mette Hansen\r\nEmail: "
                          + customer
                          + "\r\nTelefon: +45 22 33 44 55\r\n"
                          + "Adresse: Skovvejen 9A, 8000 Aarhus C\r\nHvor stort er området: 98\r\n"));
      syncNow();
      UUID portalThread = threadOf(leadId);

      UUID commandId = UUID.randomUUID();
      sendCommand(
          new SendEmailRequested(
              commandId,
              portalThread,
              customer,
              "Dit tilbud på rengøring",
              "Hej Mette\n\nTak for din forespørgsel via Rengøring.nu.\n",
              "quote-service",
              Instant.now()),
          UUID.randomUUID().toString());

      Map<String, Object> row = awaitStatus(commandId, "SENT");
      assertThat(row.get("in_reply_to")).isNull();
      assertThat(row.get("sent_thread_id")).isNotNull().isNotEqualTo(portalThread);
      assertThat((String) row.get("status_reason")).contains("new conversation");
      List<FakeMailbox.SentMessage> sent =
          sentWithMessageId(mailbox(), (String) row.get("rfc822_message_id"));
      assertThat(sent).hasSize(1);
      assertThat(sent.getFirst().threadId())
          .as("not in the portal's Gmail thread")
          .isNotEqualTo(mailbox().threadIdOf(gmailId));
      MimeMessage mime = parse(sent.getFirst().raw());
      assertThat(addresses(mime, RecipientType.TO)).containsExactly(customer);
      assertThat(mime.getHeader("In-Reply-To")).isNull();
      assertThat(mime.getHeader("References")).isNull();
      assertThat(mime.getSubject()).isEqualTo("Dit tilbud på rengøring");

      EmailSent emailSent =
          JSON.readValue(awaitEmailSent((UUID) row.get("id")).value(), EmailSent.class);
      assertThat(emailSent.threadId()).isEqualTo(row.get("sent_thread_id"));
      assertThat(
              jdbc.queryForMap(
                  "select gmail_thread_id, message_count from email_thread where id = ?",
                  row.get("sent_thread_id")))
          .containsEntry("gmail_thread_id", sent.getFirst().threadId())
          .containsEntry("message_count", 1);
      assertNothingEverWentToALeadPortal();
    }

    @Test
    void aCommandToAdhelpIsRefusedAndNothingIsSent() throws Exception {
      int sentBefore = mailbox().sent().size();
      UUID commandId = UUID.randomUUID();
      sendCommand(
          new SendEmailRequested(
              commandId,
              null,
              "lead-" + token() + "@ADHELP.dk",
              "Dit tilbud",
              "Hej\n",
              "quote-service",
              Instant.now()),
          UUID.randomUUID().toString());

      Map<String, Object> row = awaitStatus(commandId, "REFUSED");
      assertThat((String) row.get("status_reason")).contains("adhelp.dk");
      assertThat(row.get("gmail_id")).isNull();
      Thread.sleep(500); // several sender passes
      assertThat(
              jdbc.queryForObject(
                  "select status from outgoing_email where command_id = ?",
                  String.class,
                  commandId))
          .isEqualTo("REFUSED");
      assertThat(mailbox().sent()).hasSize(sentBefore);
      assertThat(emailSentRecords((UUID) row.get("id"))).isEmpty();
      assertNothingEverWentToALeadPortal();
    }

    @Test
    void gmailAnswering503TwiceThenAcceptingStillSendsExactlyOnce() throws Exception {
      int faultsBefore = GMAIL.faults().faultsServed();
      GMAIL.faults().failNext(2, 503, "backendError", null);

      HttpResponse<String> response =
          post(
              port,
              Map.of(
                  "to",
                  "kunde-" + token() + "@example.dk",
                  "subject",
                  "Bekræftelse af din rengøring",
                  "bodyText",
                  "Vi kommer fredag kl. 8.\n"));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
      JsonNode body = JSON.readTree(response.body());
      assertThat(response.headers().firstValue("Location"))
          .hasValue("/api/emails/outgoing/" + body.at("/id").asString());
      UUID commandId = UUID.fromString(body.at("/commandId").asString());
      Map<String, Object> row = awaitStatus(commandId, "SENT");
      assertThat(GMAIL.faults().faultsServed() - faultsBefore).isEqualTo(2);
      assertThat(row).containsEntry("attempts", 1).containsEntry("requested_by", "test-staff");
      assertThat(sentWithMessageId(mailbox(), (String) row.get("rfc822_message_id"))).hasSize(1);
      awaitEmailSent((UUID) row.get("id"));

      JsonNode view =
          ServiceHttp.on(port).as(Role.STAFF).getJson("/api/emails/outgoing/" + row.get("id"));
      assertThat(view.at("/status").asString()).isEqualTo("SENT");
      assertThat(view.at("/gmailId").asString()).isEqualTo(row.get("gmail_id"));
      assertThat(
              ServiceHttp.ids(
                  ServiceHttp.on(port).as(Role.STAFF).getJson("/api/emails/outgoing?size=100")))
          .contains(row.get("id").toString());
      assertThat(ServiceHttp.on(port).as(Role.STAFF).get("/actuator/prometheus").body())
          .containsPattern("renos_email_outgoing_total\\{.*status=\"SENT\".*\\} [1-9]");
    }

    @Test
    void gmailRefusingTheRequestFailsItWithoutRetrying() throws Exception {
      GMAIL.faults().failNext(1, 400, "invalidArgument", null);

      HttpResponse<String> response =
          post(
              port,
              Map.of(
                  "to",
                  "kunde-" + token() + "@example.dk",
                  "subject",
                  "Tilbud",
                  "bodyText",
                  "Hej\n"));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
      Map<String, Object> row =
          awaitStatus(
              UUID.fromString(JSON.readTree(response.body()).at("/commandId").asString()),
              "FAILED");
      assertThat((String) row.get("status_reason")).startsWith("Gmail refused the message");
      assertThat(row).containsEntry("attempts", 1).containsEntry("gmail_id", null);
      assertThat(sentWithMessageId(mailbox(), (String) row.get("rfc822_message_id"))).isEmpty();
    }

    @Test
    void aRevokedMailboxIsMarkedAndTheEmailWaitsUntilItIsReconnectedThenGoesOnce()
        throws Exception {
      String refreshToken = GMAIL.oauth().issueRefreshToken(CLIENT_ID, MAILBOX);
      connection = connector.connectWithRefreshToken(MAILBOX, refreshToken);
      GMAIL.oauth().revoke(refreshToken);

      HttpResponse<String> response =
          post(
              port,
              Map.of(
                  "to",
                  "kunde-" + token() + "@example.dk",
                  "subject",
                  "Tilbud",
                  "bodyText",
                  "Hej\n"));
      UUID commandId = UUID.fromString(JSON.readTree(response.body()).at("/commandId").asString());

      await(
          "connection marked",
          () ->
              "NEEDS_REAUTHORISATION"
                  .equals(
                      jdbc.queryForObject(
                          "select status from gmail_connection where id = ?",
                          String.class,
                          connection.getId())));
      await(
          "email waits",
          () ->
              "PENDING".equals(row(commandId).get("status"))
                  && String.valueOf(row(commandId).get("status_reason"))
                      .contains("no connected Gmail mailbox"));
      assertThat(row(commandId).get("attempts")).isEqualTo(1);

      connection =
          connector.connectWithRefreshToken(
              MAILBOX, GMAIL.oauth().issueRefreshToken(CLIENT_ID, MAILBOX));
      Map<String, Object> row = awaitStatus(commandId, "SENT");
      assertThat(row)
          .containsEntry(
              "attempts", 2); // the second attempt asked Gmail first whether the first went out
      assertThat(sentWithMessageId(mailbox(), (String) row.get("rfc822_message_id"))).hasSize(1);
    }

    private Map<String, Object> row(UUID commandId) {
      return jdbc.queryForMap("select * from outgoing_email where command_id = ?", commandId);
    }

    @Test
    void postValidationErrorsAreProblemJsonWithFieldErrors() {
      JsonNode empty = problem(post(port, Map.of()), 400);
      assertThat(fields(empty)).containsExactly("bodyText", "subject", "to");

      JsonNode bad =
          problem(
              post(
                  port,
                  Map.of(
                      "to",
                      "not an address",
                      "subject",
                      "Tilbud\r\nBcc: x@example.dk",
                      "bodyText",
                      "Hej")),
              400);
      assertThat(fields(bad)).containsExactly("subject", "to");

      JsonNode unknownThread =
          problem(
              post(
                  port,
                  Map.of(
                      "threadId",
                      UUID.randomUUID().toString(),
                      "to",
                      "kunde@example.dk",
                      "subject",
                      "Hej",
                      "bodyText",
                      "Hej")),
              422);
      assertThat(fields(unknownThread)).containsExactly("threadId");

      String commandId = UUID.randomUUID().toString();
      Map<String, Object> first =
          Map.of("commandId", commandId, "to", "x@adhelp.dk", "subject", "Hej", "bodyText", "Hej");
      HttpResponse<String> accepted = post(port, first);
      assertThat(accepted.statusCode()).isEqualTo(202);
      assertThat(JSON.readTree(accepted.body()).at("/status").asString()).isEqualTo("REFUSED");
      assertThat(post(port, first).statusCode()).as("the same command again").isEqualTo(200);
      JsonNode conflict =
          problem(
              post(
                  port,
                  Map.of(
                      "commandId",
                      commandId,
                      "to",
                      "y@example.dk",
                      "subject",
                      "Hej",
                      "bodyText",
                      "Hej")),
              409);
      assertThat(fields(conflict)).containsExactly("commandId");

      assertThat(
              ServiceHttp.on(port)
                  .as(Role.STAFF)
                  .get("/api/emails/outgoing/" + UUID.randomUUID())
                  .statusCode())
          .isEqualTo(404);
      ServiceHttp.on(port).as(Role.STAFF).assertBadPagingIsAProblem("/api/emails/outgoing");
    }

    private void assertNothingEverWentToALeadPortal() throws Exception {
      for (FakeMailbox.SentMessage message : mailbox().sent()) {
        assertThat(addresses(parse(message.raw()), RecipientType.TO))
            .noneMatch(
                a ->
                    a.toLowerCase().endsWith("leadmail.no")
                        || a.toLowerCase().endsWith("adhelp.dk"));
      }
    }

    private UUID threadOf(String rfc822Id) {
      return jdbc.queryForObject(
          "select thread_id from email_message where message_id = ?", UUID.class, rfc822Id);
    }

    private void awaitConsumed(String ceId) {
      await(
          "command event " + ceId + " consumed",
          () ->
              jdbc.queryForObject(
                      "select count(*) from processed_message where event_id = ?",
                      Integer.class,
                      ceId)
                  == 1);
    }

    private Map<String, Object> awaitStatus(UUID commandId, String status) {
      return OutgoingEmailIT.awaitStatus(jdbc, commandId, status);
    }
  }

  @Nested
  @NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
  @SpringBootTest(
      webEnvironment = WebEnvironment.RANDOM_PORT,
      properties = {
        "renos.service.schema=email_outgoing_dry_it",
        "spring.kafka.consumer.group-id=email-ingest-service-outgoing-dry-it",
        "renos.email.sending.poll-interval=100ms",
        "renos.gmail.enabled=false"
      })
  @WithRealInfrastructure
  @DirtiesContext
  class DryRunByDefault {

    static final String MAILBOX =
        "dry-" + UUID.randomUUID().toString().substring(0, 8) + "@renos.example.dk";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
      gmail(registry);
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailboxConnector connector;

    @Test
    void withSendingNotSwitchedOnNothingLeavesAndNoEmailSentIsPublished() throws Exception {
      connector.connectWithRefreshToken(
          MAILBOX, GMAIL.oauth().issueRefreshToken(CLIENT_ID, MAILBOX));

      HttpResponse<String> response =
          post(
              port,
              Map.of(
                  "to",
                  "kunde-" + token() + "@example.dk",
                  "subject",
                  "Dit tilbud på rengøring",
                  "bodyText",
                  "Hej Søren\n"));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
      UUID commandId = UUID.fromString(JSON.readTree(response.body()).at("/commandId").asString());

      Map<String, Object> row = awaitStatus(jdbc, commandId, "DRY_RUN");
      assertThat(row)
          .containsEntry(
              "status_reason", "dry-run: sending is off (RENOS_EMAIL_SENDING_ENABLED=false)")
          .containsEntry("attempts", 0)
          .containsEntry("gmail_id", null)
          .containsEntry("sent_at", null);
      assertThat((String) row.get("rfc822_message_id"))
          .matches("<[0-9a-f-]{36}@renos\\.example\\.dk>");
      Thread.sleep(500); // several sender passes
      assertThat(GMAIL.mailbox(MAILBOX).sent()).isEmpty();
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from event_publication where event_type like '%EmailSent%'",
                  Integer.class))
          .isZero();
      assertThat(emailSentRecords((UUID) row.get("id"))).isEmpty();
    }
  }

  // ---- shared helpers

  static String token() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static byte[] inbound(
      String from, String subject, String messageId, String extraHeaders, String body) {
    try {
      return ("From: "
              + from
              + "\r\nTo: info@renos.example.dk\r\nSubject: "
              + MimeUtility.encodeText(subject, "UTF-8", "Q")
              + "\r\nMessage-ID: "
              + messageId
              + "\r\nDate: "
              + new jakarta.mail.internet.MailDateFormat().format(new java.util.Date())
              + "\r\n"
              + extraHeaders
              + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
              + body)
          .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sendCommand(SendEmailRequested command, String ceId) {
    kafka()
        .sendCloudEvent(
            Topics.EMAIL_COMMANDS,
            command.commandId().toString(),
            EventType.SEND_EMAIL_REQUESTED.ceType(),
            ceId,
            "/renos/quote-service",
            JSON.writeValueAsBytes(command));
  }

  static Map<String, Object> awaitStatus(JdbcTemplate jdbc, UUID commandId, String status) {
    Supplier<List<Map<String, Object>>> row =
        () -> jdbc.queryForList("select * from outgoing_email where command_id = ?", commandId);
    await(
        "outgoing email for " + commandId + " " + status,
        () -> row.get().size() == 1 && status.equals(row.get().getFirst().get("status")));
    return row.get().getFirst();
  }

  static ConsumerRecord<String, byte[]> awaitEmailSent(UUID outgoingId) {
    return kafka().awaitRecord(Topics.EMAIL, record -> isEmailSent(record, outgoingId), WAIT);
  }

  static List<ConsumerRecord<String, byte[]>> emailSentRecords(UUID outgoingId) {
    return kafka().readAll(Topics.EMAIL).stream()
        .filter(record -> isEmailSent(record, outgoingId))
        .toList();
  }

  private static boolean isEmailSent(ConsumerRecord<String, byte[]> record, UUID outgoingId) {
    return EventType.EMAIL_SENT.ceType().equals(KafkaTopics.header(record, "ce_type"))
        && outgoingId.toString().equals(JSON.readTree(record.value()).path("messageId").asString());
  }

  static List<FakeMailbox.SentMessage> sentWithMessageId(FakeMailbox mailbox, String rfc822Id)
      throws Exception {
    List<FakeMailbox.SentMessage> found = new java.util.ArrayList<>();
    for (FakeMailbox.SentMessage message : mailbox.sent()) {
      if (rfc822Id.equals(parse(message.raw()).getHeader("Message-ID", null))) {
        found.add(message);
      }
    }
    return found;
  }

  static MimeMessage parse(byte[] raw) throws Exception {
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
  }

  static List<String> addresses(MimeMessage message, RecipientType type) throws Exception {
    jakarta.mail.Address[] addresses = message.getRecipients(type);
    return addresses == null
        ? List.of()
        : java.util.Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
  }

  static HttpResponse<String> post(int port, Map<String, ?> body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/emails/outgoing"))
            .header("Authorization", TestTokens.bearer(Role.STAFF))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.at("/status").asInt()).isEqualTo(status);
    return problem;
  }

  static List<String> fields(JsonNode problem) {
    return problem.at("/errors").valueStream().map(e -> e.at("/field").asString()).toList();
  }

  static KafkaTopics kafka() {
    return KafkaTopics.on(RealInfrastructure.shared());
  }

  static void await(String what, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + WAIT.toSeconds() + " s: " + what);
      }
      KafkaTopics.sleep(100);
    }
  }
}
