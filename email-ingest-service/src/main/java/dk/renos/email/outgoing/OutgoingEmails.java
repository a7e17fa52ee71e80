package dk.renos.email.outgoing;

import dk.renos.email.thread.EmailThreadRepository;
import dk.renos.events.email.SendEmailRequested;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes send requests in, from Kafka ({@link SendEmailRequested}) and HTTP alike: one row per
 * command id, so a command delivered or posted again changes nothing. A recipient the {@link
 * RecipientPolicy} refuses is recorded {@code REFUSED} at once (the sender checks again before
 * sending). Sending itself is {@link OutgoingSender}'s.
 */
@Service
public class OutgoingEmails {

  private static final Logger log = LoggerFactory.getLogger(OutgoingEmails.class);

  private final OutgoingEmailRepository outgoing;
  private final EmailThreadRepository threads;
  private final RecipientPolicy policy;
  private final OutgoingMetrics metrics;
  private final Clock clock;

  OutgoingEmails(
      OutgoingEmailRepository outgoing,
      EmailThreadRepository threads,
      RecipientPolicy policy,
      OutgoingMetrics metrics,
      Clock clock) {
    this.outgoing = outgoing;
    this.threads = threads;
    this.policy = policy;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** The row for the request; {@code created} false when its command id was known already. */
  public record Intake(OutgoingEmail email, boolean created) {}

  /** The thread to answer does not exist. */
  public static class UnknownThreadException extends RuntimeException {

    UnknownThreadException(UUID threadId) {
      super("no email thread " + threadId);
    }
  }

  /** The command id was used before for a different email. */
  public static class CommandIdConflictException extends RuntimeException {

    private final transient OutgoingEmail existing;

    CommandIdConflictException(OutgoingEmail existing) {
      super(
          "command "
              + existing.getCommandId()
              + " was already used for another email ("
              + existing.getId()
              + ")");
      this.existing = existing;
    }

    public OutgoingEmail existing() {
      return existing;
    }
  }

  /**
   * A command from Kafka. An unknown thread is recorded {@code REFUSED} (there is no one to tell);
   * a command id seen before, with the same or another email, changes nothing.
   */
  @Transactional
  public Intake acceptCommand(SendEmailRequested request) {
    OutgoingEmail known = outgoing.findByCommandId(request.commandId()).orElse(null);
    if (known != null) {
      if (!known.sameRequestAs(
          request.threadId(), request.to(), request.subject(), request.bodyText())) {
        log.warn(
            "Command {} repeats the command id of outgoing email {} with different content; ignored",
            request.commandId(),
            known.getId());
      }
      return new Intake(known, false);
    }
    if (request.threadId() != null && !threads.existsById(request.threadId())) {
      OutgoingEmail refused =
          OutgoingEmail.pending(
              request.commandId(),
              null,
              request.to(),
              request.subject(),
              request.bodyText(),
              request.requestedBy(),
              request.requestedAt(),
              Instant.now(clock));
      refused.refuse("thread " + request.threadId() + " does not exist", Instant.now(clock));
      return store(refused);
    }
    return create(request);
  }

  /**
   * A request from the API, in the command's shape ({@code threadId} null starts a new
   * conversation).
   *
   * @throws UnknownThreadException when {@code threadId} names no thread
   * @throws CommandIdConflictException when the command id was used for a different email
   */
  @Transactional
  public Intake acceptApiRequest(SendEmailRequested request) {
    OutgoingEmail known = outgoing.findByCommandId(request.commandId()).orElse(null);
    if (known != null) {
      if (!known.sameRequestAs(
          request.threadId(), request.to(), request.subject(), request.bodyText())) {
        throw new CommandIdConflictException(known);
      }
      return new Intake(known, false);
    }
    if (request.threadId() != null && !threads.existsById(request.threadId())) {
      throw new UnknownThreadException(request.threadId());
    }
    return create(request);
  }

  private Intake create(SendEmailRequested request) {
    Instant now = Instant.now(clock);
    OutgoingEmail email =
        OutgoingEmail.pending(
            request.commandId(),
            request.threadId(),
            request.to(),
            request.subject(),
            request.bodyText(),
            request.requestedBy(),
            request.requestedAt(),
            now);
    RecipientPolicy.Verdict verdict = policy.check(request.to());
    if (!verdict.allowed()) {
      email.refuse(verdict.reason(), now);
    }
    return store(email);
  }

  private Intake store(OutgoingEmail email) {
    OutgoingEmail saved = outgoing.saveAndFlush(email);
    metrics.count(OutgoingStatus.PENDING);
    if (saved.getStatus() == OutgoingStatus.REFUSED) {
      metrics.count(OutgoingStatus.REFUSED);
    }
    log.info(
        "Outgoing email {} for command {} recorded as {}",
        saved.getId(),
        saved.getCommandId(),
        saved.getStatus());
    return new Intake(saved, true);
  }
}
