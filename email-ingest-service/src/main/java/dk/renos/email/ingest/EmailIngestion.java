package dk.renos.email.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.renos.email.message.EmailMessage;
import dk.renos.email.message.EmailMessageRepository;
import dk.renos.email.thread.EmailThread;
import dk.renos.email.thread.EmailThreadRepository;
import dk.renos.events.email.EmailReceived;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores one raw e-mail: finds its thread, stores the message, counts it on the thread and publishes
 * {@link EmailReceived} through the outbox, all in one transaction. The RFC 822 Message-ID is the
 * identity: a message ingested again changes nothing, publishes nothing and returns the stored ids
 * with {@code duplicate = true}.
 *
 * <p>Threading: the thread of the first stored message named by In-Reply-To, else by References
 * (newest first); else the thread of a stored reply to this message (a reply that arrived first);
 * else a new thread with this message's subject.
 */
@Service
public class EmailIngestion {

  private final EmailParser parser;
  private final EmailThreadRepository threads;
  private final EmailMessageRepository messages;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock = Clock.systemUTC();

  EmailIngestion(EmailParser parser, EmailThreadRepository threads, EmailMessageRepository messages,
      ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
    this.parser = parser;
    this.threads = threads;
    this.messages = messages;
    this.events = events;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * @throws UnparseableEmailException when {@code raw} is not a message that can be stored
   */
  public IngestResult ingest(byte[] raw) {
    ParsedEmail email = parser.parse(raw);
    try {
      return transaction.execute(status -> store(email));
    } catch (DataIntegrityViolationException e) {
      // The same Message-ID committed concurrently (HTTP and mailbox at once): that one wins.
      return messages.findByMessageId(email.messageId())
          .map(EmailIngestion::duplicateOf)
          .orElseThrow(() -> e);
    }
  }

  private IngestResult store(ParsedEmail email) {
    Optional<EmailMessage> existing = messages.findByMessageId(email.messageId());
    if (existing.isPresent()) {
      return duplicateOf(existing.get());
    }
    Instant receivedAt = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    EmailThread thread = threadFor(email, receivedAt);
    thread.recordMessage(receivedAt);
    thread = threads.save(thread);
    EmailMessage message = messages.saveAndFlush(EmailMessage.received(thread.getId(), email.messageId(),
        email.syntheticMessageId(), email.fromAddress(), email.fromName(), email.to(), email.inReplyTo(),
        email.references(), email.sentAt(), receivedAt, email.subject(), email.bodyText()));
    events.publishEvent(new EmailReceived(message.getId(), thread.getId(), message.getMessageId(),
        message.getInReplyTo(), message.getSender(), message.getFromName(), message.getTo(), message.getSubject(),
        message.getBodyText(), message.getReceivedAt()));
    return new IngestResult(message.getId(), thread.getId(), false);
  }

  private EmailThread threadFor(ParsedEmail email, Instant now) {
    List<String> parents = email.parentIds();
    if (!parents.isEmpty()) {
      Map<String, EmailMessage> known = messages.findByMessageIdIn(parents).stream()
          .collect(Collectors.toMap(EmailMessage::getMessageId, Function.identity()));
      for (String parent : parents) {
        if (known.containsKey(parent)) {
          return lockedThread(known.get(parent).getThreadId());
        }
      }
    }
    Optional<EmailMessage> earlyReply = messages.findFirstByInReplyToOrderByReceivedAtAsc(email.messageId());
    if (earlyReply.isPresent()) {
      return lockedThread(earlyReply.get().getThreadId());
    }
    return EmailThread.start(email.subject(), now);
  }

  private EmailThread lockedThread(UUID id) {
    return threads.findForUpdate(id).orElseThrow(() -> new IllegalStateException("thread " + id + " is gone"));
  }

  private static IngestResult duplicateOf(EmailMessage message) {
    return new IngestResult(message.getId(), message.getThreadId(), true);
  }
}
