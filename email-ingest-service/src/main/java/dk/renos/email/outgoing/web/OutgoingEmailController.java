package dk.renos.email.outgoing.web;

import dk.renos.email.outgoing.OutgoingEmail;
import dk.renos.email.outgoing.OutgoingEmailRepository;
import dk.renos.email.outgoing.OutgoingEmails;
import dk.renos.email.outgoing.OutgoingEmails.CommandIdConflictException;
import dk.renos.email.outgoing.OutgoingEmails.UnknownThreadException;
import dk.renos.email.outgoing.OutgoingStatus;
import dk.renos.events.email.SendEmailRequested;
import dk.renos.support.security.CurrentUser;
import dk.renos.support.web.NotFoundException;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outgoing email over HTTP: ask for one ({@code POST}, answered 202 with its row; sending happens
 * in the background and only when sending is switched on), and see what became of each ({@code
 * GET}). The same rules as {@code SendEmailRequested} on Kafka: a command id is used once, lead
 * portals are never written to.
 */
@RestController
@RequestMapping("/api/emails/outgoing")
class OutgoingEmailController {

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

  private final OutgoingEmails emails;
  private final OutgoingEmailRepository outgoing;
  private final Clock clock;

  OutgoingEmailController(OutgoingEmails emails, OutgoingEmailRepository outgoing, Clock clock) {
    this.emails = emails;
    this.outgoing = outgoing;
    this.clock = clock;
  }

  /**
   * @param commandId idempotency key; a new one when absent. The same id with the same email again
   *     answers 200 with the row, with another email 409.
   * @param threadId the thread to answer; absent for a new conversation
   */
  record OutgoingEmailRequest(
      UUID commandId,
      UUID threadId,
      @NotBlank @Size(max = 254) @Email String to,
      @NotBlank @Size(max = 998) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line")
          String subject,
      @NotBlank @Size(max = 200_000) String bodyText) {}

  @PostMapping
  ResponseEntity<OutgoingEmailView> request(
      @Valid @RequestBody OutgoingEmailRequest body, CurrentUser user) {
    // Who asked, from the gateway's verified token (a staff user, or a service's own token).
    String requestedBy = user.username();
    SendEmailRequested request =
        new SendEmailRequested(
            body.commandId() != null ? body.commandId() : UUID.randomUUID(),
            body.threadId(),
            body.to(),
            body.subject(),
            body.bodyText(),
            requestedBy.length() > 100 ? requestedBy.substring(0, 100) : requestedBy,
            Instant.now(clock));
    OutgoingEmails.Intake intake;
    try {
      intake = emails.acceptApiRequest(request);
    } catch (DataIntegrityViolationException e) {
      // The same command id committed concurrently (e.g. from Kafka): that one wins.
      intake = emails.acceptApiRequest(request);
    }
    OutgoingEmailView view = OutgoingEmailView.from(intake.email());
    if (!intake.created()) {
      return ResponseEntity.ok(view);
    }
    return ResponseEntity.accepted()
        .location(URI.create("/api/emails/outgoing/" + view.id()))
        .body(view);
  }

  @GetMapping
  PagedModel<OutgoingEmailView> list(@Valid PageParams paging) {
    return new PagedModel<>(
        outgoing.findAll(paging.toPageable(NEWEST_FIRST)).map(OutgoingEmailView::from));
  }

  @GetMapping("/{id}")
  OutgoingEmailView get(@PathVariable UUID id) {
    return outgoing
        .findById(id)
        .map(OutgoingEmailView::from)
        .orElseThrow(() -> new NotFoundException("outgoing email", id));
  }

  @ExceptionHandler(UnknownThreadException.class)
  ProblemDetail unknownThread(UnknownThreadException e) {
    return problem(
        HttpStatus.UNPROCESSABLE_CONTENT, "Unknown thread", "threadId", "names no email thread");
  }

  @ExceptionHandler(CommandIdConflictException.class)
  ProblemDetail commandIdConflict(CommandIdConflictException e) {
    ProblemDetail problem =
        problem(
            HttpStatus.CONFLICT,
            "Command id already used",
            "commandId",
            "was already used for another email");
    problem.setProperty("outgoingEmailId", e.existing().getId());
    return problem;
  }

  private static ProblemDetail problem(
      HttpStatus status, String title, String field, String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field + " " + message);
    problem.setTitle(title);
    problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
    return problem;
  }

  /** An outgoing email as the API shows it. */
  record OutgoingEmailView(
      UUID id,
      UUID commandId,
      UUID threadId,
      String to,
      String subject,
      String bodyText,
      String requestedBy,
      Instant requestedAt,
      OutgoingStatus status,
      String statusReason,
      String rfc822MessageId,
      String inReplyTo,
      String gmailId,
      String gmailThreadId,
      UUID sentThreadId,
      int attempts,
      Instant nextAttemptAt,
      Instant sentAt,
      Instant createdAt,
      Instant updatedAt) {

    static OutgoingEmailView from(OutgoingEmail e) {
      return new OutgoingEmailView(
          e.getId(),
          e.getCommandId(),
          e.getThreadId(),
          e.getToAddress(),
          e.getSubject(),
          e.getBodyText(),
          e.getRequestedBy(),
          e.getRequestedAt(),
          e.getStatus(),
          e.getStatusReason(),
          e.getRfc822MessageId(),
          e.getInReplyTo(),
          e.getGmailId(),
          e.getGmailThreadId(),
          e.getSentThreadId(),
          e.getAttempts(),
          e.getStatus() == OutgoingStatus.PENDING ? e.getNextAttemptAt() : null,
          e.getSentAt(),
          e.getCreatedAt(),
          e.getUpdatedAt());
    }
  }
}
