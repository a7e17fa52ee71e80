package dk.renos.email.thread.web;

import java.time.Instant;
import java.util.UUID;

import dk.renos.email.thread.EmailThread;
import dk.renos.email.thread.EmailThreadRepository;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/emails/threads")
class EmailThreadController {

  private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("lastMessageAt"), Sort.Order.asc("id"));

  private final EmailThreadRepository threads;

  EmailThreadController(EmailThreadRepository threads) {
    this.threads = threads;
  }

  @GetMapping
  PagedModel<EmailThreadView> list(@Valid PageParams paging) {
    return new PagedModel<>(threads.findAll(paging.toPageable(NEWEST_FIRST)).map(EmailThreadView::from));
  }

  record EmailThreadView(UUID id, String subject, Instant firstMessageAt, Instant lastMessageAt, int messageCount,
      Instant createdAt) {

    static EmailThreadView from(EmailThread thread) {
      return new EmailThreadView(thread.getId(), thread.getSubject(), thread.getFirstMessageAt(),
          thread.getLastMessageAt(), thread.getMessageCount(), thread.getCreatedAt());
    }
  }
}
