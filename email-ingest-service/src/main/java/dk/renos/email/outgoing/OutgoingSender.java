package dk.renos.email.outgoing;

import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import dk.renos.email.background.BackgroundLoop;
import dk.renos.email.gmail.client.GmailAuthorisationException;
import dk.renos.email.gmail.client.GmailCalls;
import dk.renos.email.gmail.client.GmailNotFoundException;
import dk.renos.email.gmail.client.GmailRequestException;
import dk.renos.email.gmail.client.GmailUnavailableException;
import dk.renos.email.gmail.connection.ConnectionException;
import dk.renos.email.gmail.connection.ConnectionStatus;
import dk.renos.email.gmail.connection.GmailConnection;
import dk.renos.email.gmail.connection.GmailConnections;
import dk.renos.email.message.EmailMessage;
import dk.renos.email.message.EmailMessageRepository;
import dk.renos.email.outgoing.ReplyPlanner.Plan;
import dk.renos.email.thread.EmailThread;
import dk.renos.email.thread.EmailThreadRepository;
import dk.renos.events.email.EmailSent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what {@link OutgoingEmails} recorded, on one thread of its own, every {@code
 * renos.email.sending.poll-interval}. Each due {@code PENDING} row is taken with {@code FOR UPDATE
 * SKIP LOCKED}, so replicas never work on one row:
 *
 * <ol>
 *   <li>refused by the {@link RecipientPolicy} → {@code REFUSED};
 *   <li>sending off (the default) → composed, {@code DRY_RUN}, nothing sent, no {@code EmailSent};
 *   <li>no connected mailbox → stays {@code PENDING}, checked again later;
 *   <li>otherwise an attempt starts (committed: Message-ID fixed, attempt counted, row leased),
 *       then in a second transaction the message goes through {@link GmailCalls} and, once Gmail
 *       accepted it, the row becomes {@code SENT}, the message is stored OUTBOUND in its thread and
 *       {@code EmailSent} is published, together.
 * </ol>
 *
 * Gmail unavailable → retried with backoff, {@code FAILED} after {@code max-attempts}; Gmail
 * refusing the request (4xx) → {@code FAILED}; credential refused → the connection is marked for
 * re-authorisation and the row waits. An attempt after one that may have reached Gmail (a crash, a
 * lost answer) first searches the mailbox for the row's Message-ID, so it is not sent twice.
 *
 * <p>Logs ids and statuses only: addresses, subjects and bodies are personal data.
 */
@Component
class OutgoingSender implements SmartLifecycle {

  static final String DRY_RUN_REASON =
      "dry-run: sending is off (RENOS_EMAIL_SENDING_ENABLED=false)";
  static final String NO_MAILBOX = "no connected Gmail mailbox";
  static final String NEEDS_REAUTHORISATION = "the Gmail mailbox needs re-authorisation";
  private static final Logger log = LoggerFactory.getLogger(OutgoingSender.class);
  private static final int MAX_REASON = 500;

  private final OutgoingSettings settings;
  private final OutgoingEmailRepository outgoing;
  private final RecipientPolicy policy;
  private final ReplyPlanner planner;
  private final MimeComposer composer;
  private final GmailConnections connections;
  private final GmailCalls calls;
  private final EmailThreadRepository threads;
  private final EmailMessageRepository messages;
  private final ApplicationEventPublisher events;
  private final OutgoingMetrics metrics;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final BackgroundLoop loop = new BackgroundLoop("email-sender");

  OutgoingSender(
      OutgoingSettings settings,
      OutgoingEmailRepository outgoing,
      RecipientPolicy policy,
      ReplyPlanner planner,
      MimeComposer composer,
      GmailConnections connections,
      GmailCalls calls,
      EmailThreadRepository threads,
      EmailMessageRepository messages,
      ApplicationEventPublisher events,
      OutgoingMetrics metrics,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.settings = settings;
    this.outgoing = outgoing;
    this.policy = policy;
    this.planner = planner;
    this.composer = composer;
    this.connections = connections;
    this.calls = calls;
    this.threads = threads;
    this.messages = messages;
    this.events = events;
    this.metrics = metrics;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  @Override
  public void start() {
    log.info(
        settings.enabled()
            ? "Email sending is ON: due outgoing emails are sent through Gmail"
            : "Email sending is off (dry-run): outgoing emails are composed and marked DRY_RUN, nothing is sent");
    loop.every(settings.pollInterval(), settings.pollInterval(), this::sendDue);
  }

  /** Works through every row that is due now. */
  void sendDue() {
    while (!loop.stopping()) {
      UUID claimed = transaction.execute(status -> prepareNext());
      if (claimed == null) {
        return;
      }
      if (!claimed.equals(HANDLED)) {
        sendClaimed(claimed);
      }
    }
  }

  /** Marker: a row was settled without a send attempt; look for the next one. */
  private static final UUID HANDLED = new UUID(0, 0);

  /**
   * Takes the next due row: settles it, or starts a send attempt and returns its id; null when none
   * is due.
   */
  private UUID prepareNext() {
    Instant now = Instant.now(clock);
    OutgoingEmail email = outgoing.lockNextDue(now).orElse(null);
    if (email == null) {
      return null;
    }
    RecipientPolicy.Verdict verdict = policy.check(email.getToAddress());
    if (!verdict.allowed()) {
      email.refuse(verdict.reason(), now);
      finished(email);
      return HANDLED;
    }
    Optional<GmailConnection> mailbox = connections.connected().stream().findFirst();
    if (!settings.enabled()) {
      dryRun(email, verdict.address(), mailbox.map(GmailConnection::getMailbox).orElse(null), now);
      return HANDLED;
    }
    if (mailbox.isEmpty()) {
      waitFor(email, NO_MAILBOX, now);
      return HANDLED;
    }
    email.startAttempt(
        mailbox.get().getId(),
        MimeComposer.newMessageId(mailbox.get().getMailbox()),
        now.plus(settings.attemptLease()),
        now);
    return email.getId();
  }

  private void dryRun(OutgoingEmail email, String to, String mailbox, Instant now) {
    Plan plan = planner.plan(email);
    String messageId =
        email.getRfc822MessageId() != null
            ? email.getRfc822MessageId()
            : MimeComposer.newMessageId(mailbox);
    try {
      composer.compose(
          draft(email, plan, to, mailbox != null ? mailbox : "renos@renos.local", messageId, now));
    } catch (IllegalArgumentException e) {
      email.fail("cannot be written as an email: " + brief(e), now);
      finished(email);
      return;
    }
    email.dryRun(DRY_RUN_REASON, messageId, plan.inReplyTo(), now);
    finished(email);
  }

  /**
   * What a send attempt got from Gmail, kept outside the transaction that may still fail after it.
   */
  private static final class Attempt {
    Message accepted;
    Plan plan;
    GmailConnection connection;
  }

  private void sendClaimed(UUID id) {
    Attempt attempt = new Attempt();
    try {
      transaction.executeWithoutResult(status -> send(id, attempt));
    } catch (RuntimeException e) {
      if (attempt.accepted == null) {
        // Nothing left: the row keeps its lease and is tried again after it (searching Gmail
        // first).
        log.error(
            "Outgoing email {}: send attempt failed ({}); retried after its lease",
            id,
            e.getClass().getSimpleName(),
            e);
        return;
      }
      // Gmail has it, but recording failed (most likely Gmail sync stored the sent message a moment
      // earlier).
      // Never send again: record SENT without storing the message, which sync stores or has stored.
      log.warn(
          "Outgoing email {} was accepted by Gmail as {} but recording it failed ({}); recording it again",
          id,
          attempt.accepted.getId(),
          e.getClass().getSimpleName());
      transaction.executeWithoutResult(
          status ->
              outgoing
                  .lock(id)
                  .filter(email -> email.getStatus() == OutgoingStatus.PENDING)
                  .ifPresent(email -> recordSent(email, attempt, Instant.now(clock), false)));
    }
  }

  private void send(UUID id, Attempt attempt) {
    Instant now = Instant.now(clock);
    OutgoingEmail email = outgoing.lockPending(id).orElse(null);
    if (email == null) {
      return; // settled meanwhile, or another replica holds it
    }
    GmailConnection connection =
        email.getConnectionId() == null
            ? null
            : connections
                .find(email.getConnectionId())
                .filter(c -> c.getStatus() == ConnectionStatus.CONNECTED)
                .orElse(null);
    if (connection == null) {
      waitFor(email, NO_MAILBOX, now);
      return;
    }
    RecipientPolicy.Verdict verdict = policy.check(email.getToAddress());
    if (!verdict.allowed()) {
      email.refuse(verdict.reason(), now);
      finished(email);
      return;
    }
    Plan plan = planner.plan(email);
    try {
      Gmail gmail = connections.gmail(connection);
      Message accepted =
          email.getAttempts() > 1 ? findSent(gmail, email.getRfc822MessageId()) : null;
      if (accepted == null) {
        byte[] raw =
            composer.compose(
                draft(
                    email,
                    plan,
                    verdict.address(),
                    connection.getMailbox(),
                    email.getRfc822MessageId(),
                    now));
        Message request = new Message().encodeRaw(raw);
        if (plan.gmailThreadId() != null) {
          request.setThreadId(plan.gmailThreadId());
        }
        accepted =
            calls.call(
                "send message", () -> gmail.users().messages().send("me", request).execute());
      } else {
        log.info(
            "Outgoing email {} was already in Gmail as {} from an earlier attempt; not sent again",
            id,
            accepted.getId());
      }
      attempt.accepted = accepted;
      attempt.plan = plan;
      attempt.connection = connection;
    } catch (GmailUnavailableException e) {
      retryOrFail(email, "Gmail unavailable: " + brief(e), now);
      return;
    } catch (GmailAuthorisationException e) {
      connections.markNeedsReauthorisation(connection.getId(), e.getMessage());
      waitFor(email, NEEDS_REAUTHORISATION, now);
      return;
    } catch (ConnectionException e) {
      waitFor(email, "the Gmail mailbox cannot be used: " + brief(e), now);
      return;
    } catch (GmailRequestException | GmailNotFoundException | IllegalArgumentException e) {
      email.fail("Gmail refused the message: " + brief(e), now);
      finished(email);
      return;
    }
    recordSent(email, attempt, Instant.now(clock), true);
  }

  /**
   * The message with this Message-ID already in the mailbox (an earlier attempt went out), or null.
   */
  private Message findSent(Gmail gmail, String messageId) {
    String bare =
        messageId.startsWith("<") && messageId.endsWith(">")
            ? messageId.substring(1, messageId.length() - 1)
            : messageId;
    ListMessagesResponse found =
        calls.call(
            "find sent message",
            () ->
                gmail
                    .users()
                    .messages()
                    .list("me")
                    .setQ("rfc822msgid:" + bare)
                    .setIncludeSpamTrash(true)
                    .execute());
    if (found.getMessages() == null || found.getMessages().isEmpty()) {
      return null;
    }
    Message message = found.getMessages().getFirst();
    return new Message()
        .setId(message.getId())
        .setThreadId(message.getThreadId())
        .setLabelIds(List.of("SENT"));
  }

  /**
   * Gmail accepted it: the row becomes SENT, the message is stored OUTBOUND in its thread (a new
   * thread for a new conversation) and EmailSent is published, in the caller's transaction. With
   * {@code storeMessage} false (or when Gmail sync stored it already) only the row and the event
   * are written.
   */
  private void recordSent(OutgoingEmail email, Attempt attempt, Instant now, boolean storeMessage) {
    Instant sentAt = now.truncatedTo(ChronoUnit.MILLIS);
    Message accepted = attempt.accepted;
    Plan plan = attempt.plan;
    String rfc822Id = email.getRfc822MessageId();
    Optional<EmailMessage> stored = messages.findByMessageId(rfc822Id);
    UUID threadId;
    if (stored.isPresent()) {
      threadId = stored.get().getThreadId(); // Gmail sync was quicker: it is in its thread already
    } else if (!storeMessage) {
      threadId =
          plan.isReply() ? plan.replyThreadId() : startThread(plan, accepted, sentAt).getId();
    } else {
      EmailThread thread =
          plan.isReply()
              ? threads
                  .findForUpdate(plan.replyThreadId())
                  .orElseThrow(() -> new IllegalStateException("thread gone"))
              : EmailThread.start(plan.subject(), sentAt);
      thread.recordMessage(sentAt);
      if (accepted.getThreadId() != null) {
        thread.linkToGmailThread(accepted.getThreadId());
      }
      thread = threads.save(thread);
      threadId = thread.getId();
      EmailMessage message =
          EmailMessage.received(
              threadId,
              rfc822Id,
              false,
              attempt.connection.getMailbox(),
              null,
              List.of(email.getToAddress().strip()),
              plan.inReplyTo(),
              plan.references(),
              sentAt,
              sentAt,
              plan.subject(),
              email.getBodyText());
      message.linkToGmail(
          attempt.connection.getId(),
          accepted.getId(),
          accepted.getThreadId(),
          accepted.getLabelIds() != null ? accepted.getLabelIds() : List.of("SENT"),
          EmailMessage.Direction.OUTBOUND);
      messages.saveAndFlush(message);
    }
    String reason =
        plan.portalThread()
            ? "sent as a new conversation: the thread came from a lead portal that must not be answered"
            : null;
    email.markSent(
        accepted.getId(), accepted.getThreadId(), plan.inReplyTo(), threadId, reason, sentAt);
    events.publishEvent(
        new EmailSent(
            email.getId(),
            threadId,
            email.getToAddress().strip(),
            plan.subject(),
            sentAt,
            email.getCommandId()));
    finished(email);
  }

  private EmailThread startThread(Plan plan, Message accepted, Instant sentAt) {
    EmailThread thread = EmailThread.start(plan.subject(), sentAt);
    thread.recordMessage(sentAt);
    if (accepted.getThreadId() != null) {
      thread.linkToGmailThread(accepted.getThreadId());
    }
    return threads.save(thread);
  }

  private void retryOrFail(OutgoingEmail email, String reason, Instant now) {
    if (email.getAttempts() >= settings.maxAttempts()) {
      email.fail(reason + " (gave up after " + email.getAttempts() + " attempts)", now);
      finished(email);
      return;
    }
    email.waitUntil(now.plus(settings.backoffAfter(email.getAttempts())), reason, now);
    log.warn(
        "Outgoing email {}: attempt {} failed, Gmail unavailable; retry at {}",
        email.getId(),
        email.getAttempts(),
        email.getNextAttemptAt());
  }

  private void waitFor(OutgoingEmail email, String reason, Instant now) {
    if (!reason.equals(email.getStatusReason())) {
      log.warn("Outgoing email {} waits: {}", email.getId(), reason);
    }
    email.waitUntil(now.plus(settings.retryInitialInterval()), reason, now);
  }

  private void finished(OutgoingEmail email) {
    metrics.count(email.getStatus());
    log.info(
        "Outgoing email {} for command {}: {} after {} attempt(s)",
        email.getId(),
        email.getCommandId(),
        email.getStatus(),
        email.getAttempts());
  }

  private static MimeComposer.Draft draft(
      OutgoingEmail email, Plan plan, String to, String from, String messageId, Instant now) {
    return new MimeComposer.Draft(
        from,
        to,
        plan.subject(),
        email.getBodyText(),
        messageId,
        plan.inReplyTo(),
        plan.references(),
        now);
  }

  /** An exception's message, short, on one line (stored as the status reason, never logged). */
  private static String brief(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    message = message.replaceAll("\\s+", " ").strip();
    return message.length() > MAX_REASON ? message.substring(0, MAX_REASON) + "…" : message;
  }

  @Override
  public void stop() {
    loop.stop(Duration.ofSeconds(30));
  }

  @Override
  public boolean isRunning() {
    return loop.isRunning();
  }
}
