package dk.renos.email.gmail;

import static dk.renos.email.gmail.GmailTestSupport.GMAIL;
import static dk.renos.email.gmail.GmailTestSupport.await;
import static dk.renos.email.gmail.GmailTestSupport.mail;
import static dk.renos.email.gmail.GmailTestSupport.messageId;
import static dk.renos.email.gmail.GmailTestSupport.newMailbox;
import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.email.gmail.connection.GmailConnection;
import dk.renos.events.Topics;
import dk.renos.fake.google.gmail.FakeMailbox;
import dk.renos.support.jdbc.AdvisoryLocks;
import dk.renos.support.persistence.StringListConverter;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.RealInfrastructure;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Gmail sync with the official Google client against the fake Gmail server, and real PostgreSQL and
 * Kafka: initial sync, incremental history, expired history, blocklist and non-mail labels, and the
 * status API.
 */
class GmailSyncIT extends GmailIntegrationTest {

  @Autowired AdvisoryLocks locks;

  @Test
  void theInitialSyncStoresEveryMessageInItsGmailThreadAndPublishesEachOnce() {
    String mailbox = newMailbox();
    FakeMailbox gmail = GMAIL.mailbox(mailbox);
    gmail.generate(40, 3, 7); // 120 messages in 40 threads: three list pages of 50
    String oldId = messageId("too-old");
    gmail.deliverAt(
        mail(oldId, "kunde@example.dk", mailbox, "Gammel", "Fra sidste år.", ""),
        Instant.now().minus(400, ChronoUnit.DAYS));

    int batchesBefore = GMAIL.batchCount();
    GmailConnection connection = connect(mailbox);
    await("initial sync done", WAIT, () -> phase(connection.getId()).equals("INCREMENTAL"));

    assertThat(stored(mailbox)).isEqualTo(120);
    assertThat(GMAIL.batchCount() - batchesBefore)
        .as("120 raw fetches in batches of 20, not 120 requests")
        .isBetween(6, 12);
    assertThat(
            jdbc.queryForObject(
                "select count(distinct gmail_id) from email_message where connection_id = ?",
                Integer.class,
                connection.getId()))
        .isEqualTo(120);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from email_message where message_id = ?", Integer.class, oldId))
        .as("older than the look-back window")
        .isZero();
    // RenOS threads follow Gmail's: one RenOS thread per Gmail thread, three messages each.
    assertThat(
            jdbc.queryForList(
                """
        select count(*) from email_message where connection_id = ? group by thread_id""",
                Integer.class,
                connection.getId()))
        .hasSize(40)
        .containsOnly(3);
    assertThat(
            jdbc.queryForObject(
                """
        select count(distinct t.gmail_thread_id) from email_thread t join email_message m on m.thread_id = t.id
        where m.connection_id = ?""",
                Integer.class,
                connection.getId()))
        .isEqualTo(40);
    // The generator writes conversations: the company's answers carry Gmail's SENT label.
    List<String> inbound =
        jdbc.queryForList(
            "select message_id from email_message where connection_id = ? "
                + "and direction = 'INBOUND'",
            String.class,
            connection.getId());
    List<String> outbound =
        jdbc.queryForList(
            "select message_id from email_message where connection_id = ? "
                + "and direction = 'OUTBOUND'",
            String.class,
            connection.getId());
    assertThat(inbound).isNotEmpty();
    assertThat(outbound).isNotEmpty();
    KafkaTopics kafka = KafkaTopics.on(RealInfrastructure.shared());
    await(
        "an EmailReceived per inbound message",
        WAIT,
        () -> receivedFor(kafka, inbound) == inbound.size());
    assertThat(receivedFor(kafka, outbound))
        .as("the company's own answers are not received mail")
        .isZero();

    JsonNode status = ServiceHttp.on(port).as(Role.STAFF).getJson("/api/emails/sync");
    JsonNode mine = mailboxStatus(status, mailbox);
    assertThat(mine.at("/phase").asString()).isEqualTo("INCREMENTAL");
    assertThat(mine.at("/fullSync/done").asInt()).isEqualTo(120);
    assertThat(mine.at("/fullSync/total").asInt()).isEqualTo(120);
    assertThat(mine.at("/fullSync/percent").asDouble()).isEqualTo(100.0);
    assertThat(mine.at("/connectionStatus").asString()).isEqualTo("CONNECTED");
    assertThat(status.at("/circuitBreaker").asString()).isEqualTo("CLOSED");
  }

  /** Distinct EmailReceived events (by ce_id) for these Message-IDs. */
  static long receivedFor(KafkaTopics kafka, List<String> rfc822Ids) {
    java.util.Set<String> wanted = new java.util.HashSet<>(rfc822Ids);
    return kafka.readAll(Topics.EMAIL).stream()
        .filter(r -> "dk.renos.email.EmailReceived.v1".equals(KafkaTopics.header(r, "ce_type")))
        .filter(r -> wanted.contains(JSON.readTree(r.value()).at("/rfc822MessageId").asString()))
        .map(r -> KafkaTopics.header(r, "ce_id"))
        .distinct()
        .count();
  }

  private static org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> eventFor(
      KafkaTopics kafka, String rfc822Id) {
    return kafka.readAll(Topics.EMAIL).stream()
        .filter(r -> "dk.renos.email.EmailReceived.v1".equals(KafkaTopics.header(r, "ce_type")))
        .filter(r -> rfc822Id.equals(JSON.readTree(r.value()).at("/rfc822MessageId").asString()))
        .findFirst()
        .orElseThrow();
  }

  private static boolean backfillOf(KafkaTopics kafka, String rfc822Id) {
    return JSON.readTree(eventFor(kafka, rfc822Id).value()).at("/backfill").asBoolean();
  }

  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();

  private static JsonNode mailboxStatus(JsonNode status, String mailbox) {
    for (JsonNode node : status.at("/mailboxes")) {
      if (node.at("/mailbox").asString().equals(mailbox)) {
        return node;
      }
    }
    throw new AssertionError("no sync status for " + mailbox + " in " + status);
  }

  @Test
  void newDeletedAndRelabelledMessagesAreFollowedFromHistoryWithinSeconds() {
    String mailbox = newMailbox();
    FakeMailbox gmail = GMAIL.mailbox(mailbox);
    String firstId = messageId("first");
    String first = gmail.deliver(mail(firstId, "kunde@example.dk", mailbox, "Tilbud", "Hej", ""));
    GmailConnection connection = connect(mailbox);
    await("initial sync done", WAIT, () -> phase(connection.getId()).equals("INCREMENTAL"));

    String replyId = messageId("reply");
    long before = System.nanoTime();
    gmail.deliver(
        mail(
            replyId,
            "kunde@example.dk",
            mailbox,
            "Re: Tilbud",
            "Ja tak, fredag passer fint.",
            "In-Reply-To: " + firstId + "\r\nReferences: " + firstId + "\r\n"));
    await("reply stored", WAIT, () -> stored(mailbox) == 2);
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
    KafkaTopics kafka = KafkaTopics.on(RealInfrastructure.shared());
    await(
        "both EmailReceived published",
        WAIT,
        () -> receivedFor(kafka, List.of(firstId, replyId)) == 2);
    assertThat(backfillOf(kafka, firstId)).as("initial sync is history").isTrue();
    assertThat(backfillOf(kafka, replyId))
        .as("mail arriving after the initial sync is new")
        .isFalse();
    assertThat(JSON.readTree(eventFor(kafka, replyId).value()).at("/references/0").asString())
        .isEqualTo(firstId);
    assertThat(
            jdbc.queryForObject(
                "select count(distinct thread_id) from email_message where connection_id = ?",
                Integer.class,
                connection.getId()))
        .as("the reply joined the thread")
        .isEqualTo(1);

    gmail.modifyLabels(first, List.of("STARRED"), List.of("UNREAD"));
    await(
        "labels follow Gmail",
        WAIT,
        () -> labelsOf(first).contains("STARRED") && !labelsOf(first).contains("UNREAD"));

    gmail.delete(first);
    await(
        "deletion recorded",
        WAIT,
        () ->
            jdbc.queryForObject(
                "select deleted_in_gmail_at is not null from email_message where gmail_id = ?",
                Boolean.class,
                first));
  }

  private List<String> labelsOf(String gmailId) {
    return StringListConverter.decode(
        jdbc.queryForObject(
            "select label_ids from email_message where gmail_id = ?", String.class, gmailId));
  }

  @Test
  void anExpiredHistoryTriggersAFullResyncThatStoresOnlyWhatIsMissing() throws Exception {
    String mailbox = newMailbox();
    FakeMailbox gmail = GMAIL.mailbox(mailbox);
    gmail.generate(10, 2, 11);
    GmailConnection connection = connect(mailbox);
    await(
        "initial sync done and history followed",
        WAIT,
        () ->
            phase(connection.getId()).equals("INCREMENTAL")
                && jdbc.queryForObject(
                    "select last_synced_at is not null from gmail_sync_state where connection_id = ?",
                    Boolean.class,
                    connection.getId()));

    String lateId = messageId("during-pause");
    try (var pause = pauseSync(connection.getId())) {
      gmail.deliver(mail(lateId, "kunde@example.dk", mailbox, "Ny forespørgsel", "Hej igen", ""));
      gmail.expireHistory(); // RenOS's historyId is now too old: history.list answers 404
    }

    await(
        "resync done with the late message",
        WAIT,
        () -> stored(mailbox) == 21 && phase(connection.getId()).equals("INCREMENTAL"));
    assertThat(
            jdbc.queryForObject(
                "select full_sync_reason from gmail_sync_state where connection_id = ?",
                String.class,
                connection.getId()))
        .isEqualTo("HISTORY_EXPIRED");
    assertThat(
            jdbc.queryForObject(
                "select count(*) - count(distinct message_id) from email_message "
                    + "where connection_id = ?",
                Integer.class,
                connection.getId()))
        .as("nothing stored twice")
        .isZero();
  }

  /**
   * Holds the mailbox's sync lock, as a sync in another replica would: sync skips the mailbox
   * meanwhile.
   */
  private AutoCloseable pauseSync(UUID connectionId) throws InterruptedException {
    // Waits for a running sync pass to end, then holds the lock until closed.
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      Optional<AdvisoryLocks.SessionLock> lock = locks.trySessionLock("gmail-sync:" + connectionId);
      if (lock.isPresent()) {
        return lock.get();
      }
      assertThat(System.nanoTime()).as("sync lock free within %s", WAIT).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  @Test
  void blocklistedSendersSpamAndDraftsAreNotStoredAndSentMailIsStoredButNotAnnounced() {
    String mailbox = newMailbox();
    FakeMailbox gmail = GMAIL.mailbox(mailbox);
    String blocked =
        gmail.deliver(
            mail(
                messageId("blocked"),
                "news@mail.blocked.example",
                mailbox,
                "Nyhedsbrev",
                "Køb nu",
                ""));
    String spam =
        gmail.deliver(
            mail(messageId("spam"), "x@example.net", mailbox, "Vind", "Klik", ""), "SPAM");
    String sentId = messageId("sent");
    String sent =
        gmail.deliver(
            mail(sentId, mailbox, "kunde@example.dk", "Dit tilbud", "Vedhæftet", ""), "SENT");
    String ordinaryId = messageId("ordinary");
    gmail.deliver(
        mail(ordinaryId, "kunde@example.dk", mailbox, "Spørgsmål", "Har I tid i næste uge?", ""));

    GmailConnection connection = connect(mailbox);
    await("initial sync done", WAIT, () -> phase(connection.getId()).equals("INCREMENTAL"));

    assertThat(
            jdbc.queryForList(
                "select gmail_id from email_message where connection_id = ? and gmail_id in (?, ?)",
                String.class,
                connection.getId(),
                blocked,
                spam))
        .isEmpty();
    assertThat(
            jdbc.queryForMap(
                "select gmail_id, reason from gmail_skipped_message where gmail_id = ?", blocked))
        .containsEntry("reason", "BLOCKED_SENDER");
    assertThat(
            jdbc.queryForObject(
                "select direction from email_message where gmail_id = ?", String.class, sent))
        .isEqualTo("OUTBOUND");
    KafkaTopics kafka = KafkaTopics.on(RealInfrastructure.shared());
    await("the ordinary mail announced", WAIT, () -> receivedFor(kafka, List.of(ordinaryId)) == 1);
    assertThat(receivedFor(kafka, List.of(sentId))).as("sent mail is not EmailReceived").isZero();
  }

  @Test
  void rateLimitsAndServerErrorsAreRetriedHonouringRetryAfter() {
    String mailbox = newMailbox();
    FakeMailbox gmail = GMAIL.mailbox(mailbox);
    GmailConnection connection = connectAndSync(mailbox);
    // RenOS creates its labels right after connecting; let that finish so the faults below hit
    // sync.
    await("labels created", WAIT, () -> gmail.labelIdsByName().containsKey("RenOS/Lost"));
    double retriesBefore = meters.counter("renos.gmail.retries").count();

    GMAIL.faults().failNext(1, 429, "rateLimitExceeded", Duration.ofSeconds(2));
    long before = System.nanoTime();
    gmail.deliver(mail(messageId("after-429"), "kunde@example.dk", mailbox, "Hej", "Tak", ""));
    await("stored despite the 429", WAIT, () -> stored(mailbox) == 1);
    assertThat(Duration.ofNanos(System.nanoTime() - before))
        .as("waited what Retry-After asked")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(2));

    GMAIL.faults().failNext(1, 403, "userRateLimitExceeded", null);
    gmail.deliver(mail(messageId("after-403"), "kunde@example.dk", mailbox, "Hej", "Igen", ""));
    await("stored despite the 403 rate limit", WAIT, () -> stored(mailbox) == 2);
    GMAIL.faults().failNext(2, 500, "backendError", null);
    gmail.deliver(mail(messageId("after-500"), "kunde@example.dk", mailbox, "Hej", "Tredje", ""));
    await("stored despite two 500s", WAIT, () -> stored(mailbox) == 3);

    assertThat(meters.counter("renos.gmail.retries").count() - retriesBefore)
        .isGreaterThanOrEqualTo(4);
    assertThat(GMAIL.faults().faultsServed()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void theCircuitBreakerOpensWhenGmailKeepsFailingShowsInHealthAndClosesAfterwards() {
    String mailbox = newMailbox();
    FakeMailbox gmail = GMAIL.mailbox(mailbox);
    GmailConnection connection = connect(mailbox);
    await("initial sync done", WAIT, () -> phase(connection.getId()).equals("INCREMENTAL"));

    GMAIL.faults().failNext(1000, 503, "backendError", null);
    await(
        "breaker open",
        WAIT,
        () ->
            ServiceHttp.on(port)
                .as(Role.STAFF)
                .getJson("/api/emails/sync")
                .at("/circuitBreaker")
                .asString()
                .equals("OPEN"));
    JsonNode health = ServiceHttp.on(port).as(Role.STAFF).getJson("/actuator/health");
    assertThat(health.at("/components/gmail/status").asString()).isEqualTo("DEGRADED");
    assertThat(health.at("/components/gmail/details/circuitBreaker").asString()).isEqualTo("OPEN");
    assertThat(
            ServiceHttp.on(port)
                .as(Role.STAFF)
                .getJson("/actuator/health/readiness")
                .at("/status")
                .asString())
        .as("Gmail trouble does not take the service out of readiness")
        .isEqualTo("UP");
    // The breaker opens part-way through the sync's retries; the mailbox's error is written once
    // they give up.
    await(
        "the mailbox shows why it stopped",
        WAIT,
        () ->
            mailboxStatus(ServiceHttp.on(port).as(Role.STAFF).getJson("/api/emails/sync"), mailbox)
                .at("/lastError")
                .asString()
                .toLowerCase()
                .contains("gmail"));

    GMAIL.faults().clear();
    gmail.deliver(
        mail(messageId("after-outage"), "kunde@example.dk", mailbox, "Hej", "Er I der?", ""));
    await(
        "breaker closed and mail synced",
        WAIT,
        () ->
            stored(mailbox) == 1
                && ServiceHttp.on(port)
                    .as(Role.STAFF)
                    .getJson("/api/emails/sync")
                    .at("/circuitBreaker")
                    .asString()
                    .equals("CLOSED"));
    await(
        "health UP again",
        WAIT,
        () ->
            ServiceHttp.on(port)
                .as(Role.STAFF)
                .getJson("/actuator/health")
                .at("/components/gmail/status")
                .asString()
                .equals("UP"));
  }

  @Test
  void theSyncStatusShowsProgressOfEachMailbox() {
    String mailbox = newMailbox();
    GMAIL.mailbox(mailbox).generate(5, 2, 3);
    GmailConnection connection = connect(mailbox);
    await("initial sync done", WAIT, () -> phase(connection.getId()).equals("INCREMENTAL"));

    Map<String, Object> row =
        jdbc.queryForMap(
            "select * from gmail_sync_state where connection_id = ?", connection.getId());
    assertThat(row)
        .containsEntry("full_sync_done", 10)
        .containsEntry("full_sync_total", 10)
        .containsEntry("full_sync_reason", "INITIAL");
    assertThat(row.get("history_id")).isNotNull();
  }
}
