package dk.renos.email.thread.web;

import dk.renos.email.message.EmailMessageRepository;
import dk.renos.email.message.EmailMessageView;
import dk.renos.email.thread.EmailThread;
import dk.renos.email.thread.EmailThreadRepository;
import dk.renos.email.thread.ThreadSearch;
import dk.renos.support.web.NotFoundException;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Validated
@RequestMapping("/api/emails/threads")
class EmailThreadController {

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("lastMessageAt"), Sort.Order.asc("id"));

  private final EmailThreadRepository threads;
  private final EmailMessageRepository messages;
  private final ThreadSearch search;

  EmailThreadController(
      EmailThreadRepository threads, EmailMessageRepository messages, ThreadSearch search) {
    this.threads = threads;
    this.messages = messages;
    this.search = search;
  }

  /**
   * Threads, newest activity first; every filter optional: {@code participant} (address or part of
   * one), {@code label} (lead, quote_sent, awaiting_reply, booked, lost, or a Gmail label id),
   * {@code q} (words in subject or body), {@code from}/{@code to} (ISO-8601 instants: a message
   * received in [from, to)).
   */
  @GetMapping
  PagedModel<EmailThreadView> list(
      @Valid PageParams paging,
      @RequestParam(required = false) @Size(max = 320) String participant,
      @RequestParam(required = false) @Size(max = 100) String label,
      @RequestParam(required = false) @Size(max = 200) String q,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant to) {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from must be before to");
    }
    if (participant == null && label == null && q == null && from == null && to == null) {
      return new PagedModel<>(
          threads.findAll(paging.toPageable(NEWEST_FIRST)).map(EmailThreadView::from));
    }
    return new PagedModel<>(
        search
            .search(
                new ThreadSearch.Criteria(participant, label, q, from, to),
                paging.toPageable(NEWEST_FIRST))
            .map(EmailThreadView::from));
  }

  /** One thread with its messages, oldest first. */
  @GetMapping("/{id}")
  @Transactional(readOnly = true) // attachments load lazily
  ThreadWithMessages get(@PathVariable UUID id) {
    EmailThread thread =
        threads.findById(id).orElseThrow(() -> new NotFoundException("thread", id));
    return new ThreadWithMessages(
        EmailThreadView.from(thread),
        messages.findByThreadIdOrderByReceivedAtAscIdAsc(id).stream()
            .map(EmailMessageView::from)
            .toList());
  }

  record EmailThreadView(
      UUID id,
      String subject,
      Instant firstMessageAt,
      Instant lastMessageAt,
      int messageCount,
      Instant createdAt,
      String gmailThreadId) {

    static EmailThreadView from(EmailThread thread) {
      return new EmailThreadView(
          thread.getId(),
          thread.getSubject(),
          thread.getFirstMessageAt(),
          thread.getLastMessageAt(),
          thread.getMessageCount(),
          thread.getCreatedAt(),
          thread.getGmailThreadId());
    }
  }

  record ThreadWithMessages(EmailThreadView thread, List<EmailMessageView> messages) {}
}
