package dk.renos.quote.approval;

import static dk.renos.testsupport.KafkaTopics.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dk.renos.events.CloudEventHeaders;
import dk.renos.events.EventType;
import dk.renos.events.Topics;
import dk.renos.events.email.EmailSent;
import dk.renos.events.lead.LeadCreated;
import dk.renos.quote.QuoteApi;
import dk.renos.quote.customer.CustomerContact;
import dk.renos.quote.customer.CustomerContacts;
import dk.renos.quote.drafting.QuoteDrafting;
import dk.renos.quote.mail.AcceptLinks;
import dk.renos.quote.quotes.Quote;
import dk.renos.quote.quotes.QuoteStatus;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.RealInfrastructure;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.WithRealInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The approval queue over real HTTP, Kafka and PostgreSQL: a drafted quote's exact mail previewed,
 * approved into one SendEmailRequested on email.commands (+ QuoteApproved), the EmailSent that
 * email-ingest-service reports with the command id turning it SENT (+ QuoteSent, once); rejection;
 * the reply rule; booking-service (a local stub of its slot finder) unreachable.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class QuoteApprovalIT {

  private static final KafkaTopics kafka = KafkaTopics.on(RealInfrastructure.shared());
  private static final String APPROVED = EventType.QUOTE_APPROVED.ceType();
  private static final String REJECTED = EventType.QUOTE_REJECTED.ceType();
  private static final String SENT = EventType.QUOTE_SENT.ceType();

  /** booking-service's slot finder: answers 200 with two slots, or 503 when told to. */
  private static final HttpServer BOOKING = bookingStub();

  private static final AtomicInteger bookingStatus = new AtomicInteger(200);
  private static final AtomicReference<String> bookingAuthorization = new AtomicReference<>();
  private static final AtomicReference<String> bookingQuery = new AtomicReference<>();

  @DynamicPropertySource
  static void booking(DynamicPropertyRegistry registry) {
    registry.add(
        "renos.quote.mail.booking-url", () -> "http://127.0.0.1:" + BOOKING.getAddress().getPort());
    registry.add("renos.quote.mail.public-base-url", () -> "https://renos.example.dk");
  }

  @AfterAll
  static void stopBooking() {
    BOOKING.stop(0);
  }

  @LocalServerPort int port;

  @Autowired QuoteDrafting drafting;
  @Autowired CustomerContacts contacts;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;

  @BeforeEach
  void bookingAnswers() {
    bookingStatus.set(200);
  }

  @Test
  void approvalSendsExactlyThePreviewedMailOnceAndTheReportedEmailSentMakesItSent() {
    UUID thread = UUID.randomUUID();
    Quote quote = drafted("WEBSITE", thread, "Mette.Hansen@Example.dk");
    String id = quote.getId().toString();

    JsonNode queue = staff().getJson("/api/quotes?status=PENDING_APPROVAL&size=100");
    assertThat(ServiceHttp.ids(queue)).contains(id);
    assertThat(queue.at("/content").valueStream().map(q -> q.at("/status").asString()))
        .containsOnly("DRAFTED");

    JsonNode preview = staff().getJson("/api/quotes/" + id + "/preview");
    assertThat(preview.at("/to").asString()).isEqualTo("mette.hansen@example.dk");
    assertThat(preview.at("/callCustomer").asBoolean()).isFalse();
    assertThat(preview.at("/threadId").asString())
        .as("reply in the lead's thread")
        .isEqualTo(thread.toString());
    assertThat(preview.at("/subject").asString())
        .isEqualTo("Tilbud på fast rengøring - Skovvejen 9A");
    String body = preview.at("/body").asString();
    assertThat(body)
        .startsWith("Hej Mette\n")
        .contains("- mandag den 7. december kl. 08.00–10.00\n")
        .doesNotContain("Vi vender tilbage med forslag");
    assertThat(preview.at("/slotsOffered").asBoolean()).isTrue();
    assertThat(preview.at("/textSource").asString())
        .as("no model configured: the template's paragraphs")
        .isEqualTo("TEMPLATE");
    assertThat(bookingQuery.get()).isEqualTo("minutes=" + quote.getVisitMinutes());
    assertThat(bookingAuthorization.get())
        .as("booking-service is called with a signed token (ServiceClients)")
        .startsWith("Bearer ");

    String token = acceptToken(body);
    assertThat(token).hasSize(43);
    Map<String, Object> row = jdbc.queryForMap("select * from quote where id = ?", quote.getId());
    assertThat(row.get("accept_token_hash")).isEqualTo(AcceptLinks.hash(token));
    assertThat(row.values()).as("the token itself is not stored").doesNotContain(token);
    assertThat(row.get("mail_slots_offered")).isEqualTo(true);
    assertThat(staff().getJson("/api/quotes/" + id + "/preview").at("/body").asString())
        .as("the preview is kept, not rendered again")
        .isEqualTo(body);

    HttpResponse<String> approved =
        QuoteApi.on(port).post("/api/quotes/" + id + "/approve", null, "anna");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    JsonNode view = json.readTree(approved.body());
    assertThat(view.at("/status").asString()).isEqualTo("APPROVED");
    assertThat(view.at("/approvedBy").asString()).isEqualTo("anna");
    assertThat(view.at("/sendingNote").asString()).contains("dry-run");
    UUID commandId = UUID.fromString(view.at("/sendCommandId").asString());

    ConsumerRecord<String, byte[]> command =
        kafka.awaitRecord(Topics.EMAIL_COMMANDS, r -> commandId.toString().equals(r.key()));
    assertThat(header(command, CloudEventHeaders.TYPE))
        .isEqualTo(EventType.SEND_EMAIL_REQUESTED.ceType());
    JsonNode sendEmail = json.readTree(command.value());
    assertThat(sendEmail.propertyNames())
        .containsExactlyElementsOf(
            json.readTree(EventType.SEND_EMAIL_REQUESTED.sampleJson()).propertyNames());
    assertThat(sendEmail.at("/to").asString()).isEqualTo("mette.hansen@example.dk");
    assertThat(sendEmail.at("/threadId").asString()).isEqualTo(thread.toString());
    assertThat(sendEmail.at("/subject").asString()).isEqualTo(preview.at("/subject").asString());
    assertThat(sendEmail.at("/bodyText").asString()).isEqualTo(body);
    assertThat(sendEmail.at("/requestedBy").asString()).isEqualTo("quote-service");

    JsonNode quoteApproved = json.readTree(awaitQuoteEvent(quote, APPROVED).value());
    assertThat(quoteApproved.propertyNames())
        .containsExactlyElementsOf(
            json.readTree(EventType.QUOTE_APPROVED.sampleJson()).propertyNames());
    assertThat(quoteApproved.at("/commandId").asString()).isEqualTo(commandId.toString());
    assertThat(quoteApproved.at("/approvedBy").asString()).isEqualTo("anna");

    HttpResponse<String> again =
        QuoteApi.on(port).post("/api/quotes/" + id + "/approve", null, null);
    assertThat(ServiceHttp.assertProblem(again, 409).at("/detail").asString()).contains("APPROVED");
    assertThat(staff().getJson("/api/quotes/" + id + "/preview").at("/body").asString())
        .as("an approved quote's preview is what was sent")
        .isEqualTo(body);

    // email-ingest-service reports the mail sent: same event twice (redelivery), then a second
    // event
    UUID messageId = UUID.randomUUID();
    Instant sentAt = Instant.parse("2026-12-04T09:15:00Z");
    byte[] emailSent =
        json.writeValueAsBytes(
            new EmailSent(messageId, thread, "mette.hansen@example.dk", "x", sentAt, commandId));
    String eventId = UUID.randomUUID().toString();
    for (String ce : List.of(eventId, eventId, UUID.randomUUID().toString())) {
      kafka.sendCloudEvent(
          Topics.EMAIL,
          thread.toString(),
          EventType.EMAIL_SENT.ceType(),
          ce,
          CloudEventHeaders.source("email-ingest-service"),
          emailSent);
    }
    JsonNode quoteSent = json.readTree(awaitQuoteEvent(quote, SENT).value());
    assertThat(quoteSent.at("/emailMessageId").asString()).isEqualTo(messageId.toString());
    assertThat(Instant.parse(quoteSent.at("/sentAt").asString())).isEqualTo(sentAt);
    JsonNode sent = staff().getJson("/api/quotes/" + id);
    assertThat(sent.at("/status").asString()).isEqualTo("SENT");
    assertThat(sent.at("/emailMessageId").asString()).isEqualTo(messageId.toString());
    assertThat(sent.at("/sendingNote").isNull()).isTrue();

    // a later quote's events on the topic: everything about this one had its chance to arrive
    Quote later = drafted("WEBSITE", null, "later@example.dk");
    assertThat(
            QuoteApi.on(port)
                .post("/api/quotes/" + later.getId() + "/approve", null, null)
                .statusCode())
        .isEqualTo(200);
    awaitQuoteEvent(later, APPROVED);
    assertThat(quoteEvents(quote, SENT)).as("one QuoteSent").hasSize(1);
    assertThat(quoteEvents(quote, APPROVED)).as("one QuoteApproved").hasSize(1);
    assertThat(commandsCarrying(token)).as("one SendEmailRequested").hasSize(1);
  }

  @Test
  void concurrentApprovalsSendOneCommand() throws Exception {
    Quote quote = drafted("WEBSITE", UUID.randomUUID(), "samtidig@example.dk");
    String token =
        acceptToken(
            staff().getJson("/api/quotes/" + quote.getId() + "/preview").at("/body").asString());
    int requests = 4;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(requests)) {
      for (int i = 0; i < requests; i++) {
        statuses.add(
            pool.submit(
                () -> {
                  start.await();
                  return QuoteApi.on(port)
                      .post("/api/quotes/" + quote.getId() + "/approve", null, null)
                      .statusCode();
                }));
      }
      start.countDown();
      List<Integer> codes = new ArrayList<>();
      for (Future<Integer> status : statuses) {
        codes.add(status.get());
      }
      assertThat(codes).containsOnlyOnce(200).containsOnly(200, 409);
    }
    awaitQuoteEvent(quote, APPROVED);
    Quote later = drafted("WEBSITE", null, "later@example.dk");
    QuoteApi.on(port).post("/api/quotes/" + later.getId() + "/approve", null, null);
    awaitQuoteEvent(later, APPROVED);
    assertThat(commandsCarrying(token)).hasSize(1);
    assertThat(quoteEvents(quote, APPROVED)).hasSize(1);
  }

  @Test
  void aRejectedQuoteKeepsTheReasonPublishesQuoteRejectedAndCanNoLongerBeApproved() {
    Quote quote = drafted("WEBSITE", UUID.randomUUID(), "nej@example.dk");
    String path = "/api/quotes/" + quote.getId();

    HttpResponse<String> rejected =
        QuoteApi.on(port).post(path + "/reject", "{\"reason\":\" Kunden har ringet \"}", "ole");
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    JsonNode view = json.readTree(rejected.body());
    assertThat(view.at("/status").asString()).isEqualTo("REJECTED");
    assertThat(view.at("/rejectionReason").asString()).isEqualTo("Kunden har ringet");
    assertThat(view.at("/rejectedBy").asString()).isEqualTo("ole");

    JsonNode event = json.readTree(awaitQuoteEvent(quote, REJECTED).value());
    assertThat(event.propertyNames())
        .containsExactlyElementsOf(
            json.readTree(EventType.QUOTE_REJECTED.sampleJson()).propertyNames());
    assertThat(event.at("/reason").asString()).isEqualTo("Kunden har ringet");
    assertThat(event.at("/rejectedBy").asString()).isEqualTo("ole");

    ServiceHttp.assertProblem(QuoteApi.on(port).post(path + "/approve", null, null), 409);
    ServiceHttp.assertProblem(
        QuoteApi.on(port).post(path + "/reject", "{\"reason\":\"igen\"}", null), 409);
    ServiceHttp.assertProblem(staff().get(path + "/preview"), 409);
    assertThat(ServiceHttp.ids(staff().getJson("/api/quotes?status=PENDING_APPROVAL&size=100")))
        .doesNotContain(quote.getId().toString());
    assertThat(quoteEvents(quote, APPROVED)).isEmpty();
  }

  @Test
  void badInputIsA400FieldByFieldAndAnUnknownQuoteA404() {
    Quote quote = drafted("WEBSITE", null, "felt@example.dk");
    String path = "/api/quotes/" + quote.getId();

    JsonNode blank =
        ServiceHttp.assertProblem(
            QuoteApi.on(port).post(path + "/reject", "{\"reason\":\" \"}", null), 400);
    assertThat(blank.at("/errors/0/field").asString()).isEqualTo("reason");
    JsonNode tooLong =
        ServiceHttp.assertProblem(
            QuoteApi.on(port)
                .post(path + "/reject", "{\"reason\":\"" + "x".repeat(501) + "\"}", null),
            400);
    assertThat(tooLong.at("/errors/0/field").asString()).isEqualTo("reason");
    JsonNode status = ServiceHttp.assertProblem(staff().get("/api/quotes?status=WAITING"), 400);
    assertThat(status.at("/errors/0/field").asString()).isEqualTo("status");
    assertThat(staff().getJson(path).at("/status").asString()).isEqualTo("DRAFTED");

    UUID unknown = UUID.randomUUID();
    ServiceHttp.assertProblem(
        QuoteApi.on(port).post("/api/quotes/" + unknown + "/approve", null, null), 404);
    ServiceHttp.assertProblem(staff().get("/api/quotes/" + unknown + "/preview"), 404);
  }

  @Test
  void portalLeadsGoAsANewMailAndAPortalAddressIsNeverARecipient() {
    Quote adhelp = drafted("ADHELP", UUID.randomUUID(), "kunde@example.dk");
    JsonNode preview = staff().getJson("/api/quotes/" + adhelp.getId() + "/preview");
    assertThat(preview.at("/to").asString()).isEqualTo("kunde@example.dk");
    assertThat(preview.at("/threadId").isNull()).as("a new mail, not a reply to AdHelp").isTrue();

    Quote relay = drafted("RENGORING_NU", UUID.randomUUID(), "noreply@leadmail.no");
    JsonNode callCustomer = staff().getJson("/api/quotes/" + relay.getId() + "/preview");
    assertThat(callCustomer.at("/to").isNull()).isTrue();
    assertThat(callCustomer.at("/callCustomer").asBoolean()).isTrue();
    JsonNode refused =
        ServiceHttp.assertProblem(
            QuoteApi.on(port).post("/api/quotes/" + relay.getId() + "/approve", null, null), 409);
    assertThat(refused.at("/detail").asString()).contains("call the customer");
    assertThat(staff().getJson("/api/quotes/" + relay.getId()).at("/status").asString())
        .isEqualTo("DRAFTED");
  }

  @Test
  void withBookingUnreachableTheMailSaysWeWillProposeTimesAndTheDraftRecordsIt() {
    bookingStatus.set(503);
    Quote quote = drafted("WEBSITE", null, "ingen.tider@example.dk");

    JsonNode preview = staff().getJson("/api/quotes/" + quote.getId() + "/preview");

    assertThat(preview.at("/slotsOffered").asBoolean()).isFalse();
    assertThat(preview.at("/body").asString())
        .contains("Vi vender tilbage med forslag til tider, der passer dig.")
        .doesNotContain("Ledige tider");
    assertThat(staff().getJson("/api/quotes/" + quote.getId()).at("/mailSlotsOffered").asBoolean())
        .isFalse();
  }

  @Test
  void aChangeToTheQuoteDropsThePreparedMailAndTheOldLink() {
    Quote quote = drafted("WEBSITE", null, "ændring@example.dk");
    String path = "/api/quotes/" + quote.getId();
    String before = staff().getJson(path + "/preview").at("/body").asString();

    HttpResponse<String> patched =
        QuoteApi.on(port).patch(path, "{\"openingText\":\"Tak for snakken i dag.\"}", null);
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    String after = staff().getJson(path + "/preview").at("/body").asString();

    assertThat(after).contains("Tak for snakken i dag.").isNotEqualTo(before);
    assertThat(staff().getJson(path + "/preview").at("/textSource").asString()).isEqualTo("STAFF");
    assertThat(acceptToken(after)).isNotEqualTo(acceptToken(before));
    assertThat(
            jdbc.queryForObject(
                "select accept_token_hash from quote where id = ?", String.class, quote.getId()))
        .isEqualTo(AcceptLinks.hash(acceptToken(after)));
  }

  @Test
  void aCleanerMayNotApproveRejectOrPreview() {
    Quote quote = drafted("WEBSITE", null, "rolle@example.dk");
    String path = "/api/quotes/" + quote.getId();
    ServiceHttp cleaner = ServiceHttp.on(port).as(Role.CLEANER);

    ServiceHttp.assertProblem(cleaner.post(path + "/approve"), 403);
    ServiceHttp.assertProblem(cleaner.postJson(path + "/reject", "{\"reason\":\"x\"}"), 403);
    ServiceHttp.assertProblem(cleaner.get(path + "/preview"), 403);
    assertThat(staff().getJson(path).at("/status").asString()).isEqualTo("DRAFTED");
  }

  private Quote drafted(String source, UUID thread, String email) {
    UUID customer = UUID.randomUUID();
    contacts.save(
        new CustomerContact(
            customer, "Mette Hansen", email, "Skovvejen 9A, 8000 Aarhus C", Instant.now()));
    LeadCreated lead =
        new LeadCreated(
            UUID.randomUUID(),
            customer,
            source,
            "RECURRING",
            "WEEKLY",
            98,
            List.of("OVEN", "WINDOWS"),
            null,
            null,
            thread,
            Instant.now());
    Quote quote = drafting.draftFor(lead).orElseThrow();
    assertThat(quote.getStatus()).isEqualTo(QuoteStatus.DRAFTED);
    return quote;
  }

  private ServiceHttp staff() {
    return ServiceHttp.on(port).as(Role.STAFF);
  }

  private static String acceptToken(String body) {
    int at = body.indexOf("https://renos.example.dk/q/");
    assertThat(at).as("accept link in the body").isNotNegative();
    int start = at + "https://renos.example.dk/q/".length();
    int end = start;
    while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
      end++;
    }
    return body.substring(start, end);
  }

  private static ConsumerRecord<String, byte[]> awaitQuoteEvent(Quote quote, String type) {
    return kafka.awaitRecord(
        Topics.QUOTE,
        r ->
            quote.getId().toString().equals(r.key())
                && type.equals(header(r, CloudEventHeaders.TYPE)));
  }

  private static List<ConsumerRecord<String, byte[]>> quoteEvents(Quote quote, String type) {
    return kafka.readAll(Topics.QUOTE).stream()
        .filter(
            r ->
                quote.getId().toString().equals(r.key())
                    && type.equals(header(r, CloudEventHeaders.TYPE)))
        .toList();
  }

  private static List<ConsumerRecord<String, byte[]>> commandsCarrying(String token) {
    return kafka.readAll(Topics.EMAIL_COMMANDS).stream()
        .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(token))
        .toList();
  }

  private static HttpServer bookingStub() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/api/bookings/slots",
          exchange -> {
            bookingAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            bookingQuery.set(exchange.getRequestURI().getQuery());
            byte[] bytes =
                ("{\"minutes\":240,\"slots\":["
                        + "{\"start\":\"2026-12-07T07:00:00Z\",\"end\":\"2026-12-07T09:00:00Z\",\"teamId\":\"t1\"},"
                        + "{\"start\":\"2026-12-08T07:00:00Z\",\"end\":\"2026-12-08T09:00:00Z\",\"teamId\":\"t1\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            int status = bookingStatus.get();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
