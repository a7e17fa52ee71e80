package dk.renos.email.ingest;

import dk.renos.email.message.EmailMessage;
import dk.renos.email.message.EmailMessageRepository;
import dk.renos.email.message.StoredAttachment;
import dk.renos.email.thread.EmailThread;
import dk.renos.email.thread.EmailThreadRepository;
import dk.renos.events.email.EmailReceived;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores one raw e-mail: finds its thread, stores the message, counts it on the thread and
 * publishes {@link EmailReceived} through the outbox, all in one transaction. The RFC 822
 * Message-ID is the identity: a message ingested again changes nothing, publishes nothing and
 * returns the stored ids with {@code duplicate = true}.
 *
 * <p>Threading: the thread of the first stored message named by In-Reply-To, else by References
 * (newest first); else the thread of a stored reply to this message (a reply that arrived first);
 * else a new thread with this message's subject. A message from Gmail joins the thread Gmail puts
 * it in first.
 *
 * <p>Blocklisted senders ({@link SenderBlocklist}) are not stored at all. Messages sent from the
 * connected mailbox are stored for their thread but are not {@link EmailReceived}.
 */
@Service
public class EmailIngestion {

  private final EmailParser parser;
  private final SenderBlocklist blocklist;
  private final EmailThreadRepository threads;
  private final EmailMessageRepository messages;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;

  EmailIngestion(
      EmailParser parser,
      SenderBlocklist blocklist,
      EmailThreadRepository threads,
      EmailMessageRepository messages,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.parser = parser;
    this.blocklist = blocklist;
    this.threads = threads;
    this.messages = messages;
    this.events = events;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /**
   * @throws UnparseableEmailException when {@code raw} is not a message that can be stored
   */
  public IngestResult ingest(byte[] raw) {
    return ingest(raw, null);
  }

  /**
   * Ingests a message synced from Gmail ({@code origin}), or from the local mailbox / HTTP ({@code
   * null}).
   *
   * @throws UnparseableEmailException when {@code raw} is not a message that can be stored
   */
  public IngestResult ingest(byte[] raw, MessageOrigin origin) {
    ParsedEmail email = parser.parse(raw);
    if (blocklist.blocks(email.fromAddress()) && (origin == null || !origin.outbound())) {
      return IngestResult.blocked();
    }
    try {
      return transaction.execute(status -> store(email, origin));
    } catch (DataIntegrityViolationException e) {
      // The same Message-ID committed concurrently (HTTP and mailbox at once): that one wins.
      return messages
          .findByMessageId(email.messageId())
          .map(EmailIngestion::duplicateOf)
          .orElseThrow(() -> e);
    }
  }

  private IngestResult store(ParsedEmail email, MessageOrigin origin) {
    Optional<EmailMessage> existing = messages.findByMessageId(email.messageId());
    if (existing.isPresent()) {
      EmailMessage known = existing.get();
      if (origin != null && known.getGmailId() == null) {
        // Stored from the local mailbox or HTTP first: remember where it lives in Gmail now.
        known.linkToGmail(
            origin.connectionId(),
            origin.gmailId(),
            origin.gmailThreadId(),
            origin.labelIds(),
            known.getDirection());
      }
      return duplicateOf(known);
    }
    Instant receivedAt =
        (origin != null ? origin.internalDate() : Instant.now(clock))
            .truncatedTo(ChronoUnit.MILLIS);
    EmailThread thread = threadFor(email, origin, receivedAt);
    thread.recordMessage(receivedAt);
    if (origin != null && origin.gmailThreadId() != null) {
      thread.linkToGmailThread(origin.gmailThreadId());
    }
    thread = threads.save(thread);
    EmailMessage message =
        EmailMessage.received(
            thread.getId(),
            email.messageId(),
            email.syntheticMessageId(),
            email.fromAddress(),
            email.fromName(),
            email.to(),
            email.inReplyTo(),
            email.references(),
            email.sentAt(),
            receivedAt,
            email.subject(),
            email.bodyText());
    message.recordAttachments(
        email.attachments().stream()
            .map(a -> new StoredAttachment(a.filename(), a.mimeType(), a.sizeBytes(), a.inline()))
            .toList());
    boolean outbound = origin != null && origin.outbound();
    if (origin != null) {
      message.linkToGmail(
          origin.connectionId(),
          origin.gmailId(),
          origin.gmailThreadId(),
          origin.labelIds(),
          outbound ? EmailMessage.Direction.OUTBOUND : EmailMessage.Direction.INBOUND);
    }
    message = messages.saveAndFlush(message);
    if (!outbound) {
      events.publishEvent(
          new EmailReceived(
              message.getId(),
              thread.getId(),
              message.getMessageId(),
              message.getInReplyTo(),
              message.getSender(),
              message.getFromName(),
              message.getTo(),
              message.getSubject(),
              message.getBodyText(),
              message.getReceivedAt(),
              email.replyTo(),
              email.references(),
              email.listUnsubscribe(),
              email.autoSubmitted(),
              email.precedence(),
              origin != null && origin.backfill()));
    }
    return new IngestResult(message.getId(), thread.getId(), IngestResult.Outcome.STORED);
  }

  private EmailThread threadFor(ParsedEmail email, MessageOrigin origin, Instant now) {
    if (origin != null && origin.gmailThreadId() != null) {
      List<EmailThread> same = threads.findByGmailThreadIdForUpdate(origin.gmailThreadId());
      if (!same.isEmpty()) {
        return same.getFirst();
      }
    }
    List<String> parents = email.parentIds();
    if (!parents.isEmpty()) {
      Map<String, EmailMessage> known =
          messages.findByMessageIdIn(parents).stream()
              .collect(Collectors.toMap(EmailMessage::getMessageId, Function.identity()));
      for (String parent : parents) {
        if (known.containsKey(parent)) {
          return lockedThread(known.get(parent).getThreadId());
        }
      }
    }
    Optional<EmailMessage> earlyReply =
        messages.findFirstByInReplyToOrderByReceivedAtAsc(email.messageId());
    if (earlyReply.isPresent()) {
      return lockedThread(earlyReply.get().getThreadId());
    }
    return EmailThread.start(email.subject(), now);
  }

  private EmailThread lockedThread(UUID id) {
    return threads
        .findForUpdate(id)
        .orElseThrow(() -> new IllegalStateException("thread " + id + " is gone"));
  }

  private static IngestResult duplicateOf(EmailMessage message) {
    return new IngestResult(message.getId(), message.getThreadId(), IngestResult.Outcome.DUPLICATE);
  }
}
