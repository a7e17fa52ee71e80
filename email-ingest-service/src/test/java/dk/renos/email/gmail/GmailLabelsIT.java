package dk.renos.email.gmail;

import static dk.renos.email.gmail.GmailTestSupport.GMAIL;
import static dk.renos.email.gmail.GmailTestSupport.await;
import static dk.renos.email.gmail.GmailTestSupport.mail;
import static dk.renos.email.gmail.GmailTestSupport.messageId;
import static dk.renos.email.gmail.GmailTestSupport.newMailbox;
import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.events.EventType;
import dk.renos.events.booking.BookingConfirmed;
import dk.renos.events.email.EmailSent;
import dk.renos.events.lead.LeadCreated;
import dk.renos.events.quote.QuoteDrafted;
import dk.renos.events.quote.QuoteSent;
import dk.renos.fake.google.gmail.FakeMailbox;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.RealInfrastructure;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RenOS's labels: created in the mailbox, then applied to the Gmail thread as lead, quote and
 * booking events arrive (over Kafka, as the other services publish them), and searchable through
 * the thread API.
 */
class GmailLabelsIT extends GmailIntegrationTest {

  @Autowired JsonMapper json;

  @Autowired ApplicationEventPublisher events;

  @Autowired TransactionTemplate transaction;

  private final KafkaTopics kafka = KafkaTopics.on(RealInfrastructure.shared());

  @Test
  void aLeadsThreadIsLabelledThroughItsLifeAndTheLabelsAreSearchable() {
    String mailbox = newMailbox();
    FakeMailbox gmail = GMAIL.mailbox(mailbox);
    String leadMessageId = messageId("lead");
    String gmailId =
        gmail.deliver(
            mail(
                leadMessageId,
                "Søren Ærø <soren@kunde.example>",
                mailbox,
                "Rengøring af 98 m² hus",
                "Hej, jeg ønsker et tilbud på fast rengøring hver uge.",
                ""));
    connectAndSync(mailbox);
    await(
        "renos labels created",
        WAIT,
        () ->
            gmail
                .labelIdsByName()
                .keySet()
                .containsAll(
                    List.of(
                        "RenOS/Lead",
                        "RenOS/Quote sent",
                        "RenOS/Awaiting reply",
                        "RenOS/Booked",
                        "RenOS/Lost")));
    UUID threadId =
        jdbc.queryForObject(
            "select thread_id from email_message where gmail_id = ?", UUID.class, gmailId);
    UUID messageId =
        jdbc.queryForObject("select id from email_message where gmail_id = ?", UUID.class, gmailId);
    UUID leadId = UUID.randomUUID();
    UUID quoteId = UUID.randomUUID();
    UUID customerId = UUID.randomUUID();

    publish(
        EventType.LEAD_CREATED,
        new LeadCreated(
            leadId,
            customerId,
            "WEBSITE",
            "RECURRING",
            "WEEKLY",
            98,
            List.of(),
            null,
            messageId,
            threadId,
            Instant.now()));
    await("Lead label on the Gmail thread", WAIT, () -> hasLabel(gmail, gmailId, "RenOS/Lead"));

    publish(
        EventType.QUOTE_DRAFTED,
        new QuoteDrafted(
            quoteId,
            leadId,
            customerId,
            "RECURRING",
            1,
            new BigDecimal("3.0"),
            104_700,
            52_350,
            180,
            Instant.now()));
    publish(
        EventType.QUOTE_SENT, new QuoteSent(quoteId, customerId, UUID.randomUUID(), Instant.now()));
    await(
        "Quote sent, found through quote -> lead -> thread",
        WAIT,
        () -> hasLabel(gmail, gmailId, "RenOS/Quote sent"));
    transaction.executeWithoutResult(
        status ->
            events.publishEvent(
                new EmailSent(
                    UUID.randomUUID(),
                    threadId,
                    "soren@kunde.example",
                    "Tilbud",
                    Instant.now(),
                    null)));
    await(
        "Awaiting reply after RenOS wrote",
        WAIT,
        () -> hasLabel(gmail, gmailId, "RenOS/Awaiting reply"));

    String replyId =
        gmail.deliver(
            mail(
                messageId("reply"),
                "soren@kunde.example",
                mailbox,
                "Re: Tilbud",
                "Det lyder godt.",
                "In-Reply-To: " + leadMessageId + "\r\nReferences: " + leadMessageId + "\r\n"));
    await(
        "the customer's answer removes Awaiting reply",
        WAIT,
        () ->
            !hasLabel(gmail, gmailId, "RenOS/Awaiting reply")
                && !hasLabel(gmail, replyId, "RenOS/Awaiting reply"));

    publish(
        EventType.BOOKING_CONFIRMED,
        new BookingConfirmed(
            UUID.randomUUID(),
            quoteId,
            customerId,
            Instant.now().plusSeconds(86_400),
            Instant.now().plusSeconds(86_400 + 10_800),
            Instant.now()));
    await("Booked", WAIT, () -> hasLabel(gmail, gmailId, "RenOS/Booked"));

    JsonNode leads = ServiceHttp.on(port).as(Role.STAFF).getJson("/api/emails/threads?label=lead");
    assertThat(ServiceHttp.ids(leads)).contains(threadId.toString());
    JsonNode booked =
        ServiceHttp.on(port)
            .as(Role.STAFF)
            .getJson("/api/emails/threads?label=BOOKED&participant=kunde.example");
    assertThat(ServiceHttp.ids(booked)).containsExactly(threadId.toString());
    JsonNode awaiting =
        ServiceHttp.on(port).as(Role.STAFF).getJson("/api/emails/threads?label=awaiting_reply");
    assertThat(ServiceHttp.ids(awaiting)).doesNotContain(threadId.toString());
    JsonNode words =
        ServiceHttp.on(port)
            .as(Role.STAFF)
            .getJson(
                "/api/emails/threads?q=fast%20rengøring&from="
                    + Instant.now().minusSeconds(3600 * 24 * 30)
                    + "&to="
                    + Instant.now().plusSeconds(3600));
    assertThat(ServiceHttp.ids(words)).contains(threadId.toString());
    JsonNode inbox =
        ServiceHttp.on(port)
            .as(Role.STAFF)
            .getJson("/api/emails/threads?label=INBOX&participant=soren@kunde.example");
    assertThat(ServiceHttp.ids(inbox)).containsExactly(threadId.toString());
    JsonNode thread =
        ServiceHttp.on(port).as(Role.STAFF).getJson("/api/emails/threads/" + threadId);
    assertThat(thread.at("/messages").size()).isEqualTo(2);
    assertThat(thread.at("/messages/0/fromAddress").asString()).isEqualTo("soren@kunde.example");
    assertThat(thread.at("/thread/gmailThreadId").asString()).isEqualTo(gmail.threadIdOf(gmailId));
  }

  @Test
  void badSearchParametersAreProblemsFieldByField() {
    var badDate = ServiceHttp.on(port).as(Role.STAFF).get("/api/emails/threads?from=yesterday");
    var badRange =
        ServiceHttp.on(port)
            .as(Role.STAFF)
            .get("/api/emails/threads?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z");
    var badPage = ServiceHttp.on(port).as(Role.STAFF).get("/api/emails/threads?label=lead&page=-1");

    for (var response : List.of(badDate, badRange, badPage)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
    }
    assertThat(badDate.body()).contains("from");
    assertThat(badRange.body()).contains("from must be before to");
    assertThat(badPage.body()).contains("\"field\":\"page\"");
  }

  private boolean hasLabel(FakeMailbox gmail, String gmailId, String name) {
    String id = gmail.labelIdsByName().get(name);
    return id != null && gmail.labelIdsOf(gmailId).contains(id);
  }

  private <E extends Record> void publish(EventType<E> type, E event) {
    kafka.sendCloudEvent(
        type.topic(),
        type.key(event).toString(),
        type.ceType(),
        UUID.randomUUID().toString(),
        "/renos/it",
        json.writeValueAsBytes(event));
  }
}
