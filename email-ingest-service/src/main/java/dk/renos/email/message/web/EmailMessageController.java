package dk.renos.email.message.web;

import dk.renos.email.message.EmailMessageRepository;
import dk.renos.email.message.EmailMessageView;
import dk.renos.support.web.NotFoundException;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One stored message: where {@code POST /api/emails} points its Location. */
@RestController
@RequestMapping("/api/emails/messages")
class EmailMessageController {

  private final EmailMessageRepository messages;

  EmailMessageController(EmailMessageRepository messages) {
    this.messages = messages;
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true) // attachments load lazily
  EmailMessageView get(@PathVariable UUID id) {
    return messages
        .findById(id)
        .map(EmailMessageView::from)
        .orElseThrow(() -> new NotFoundException("message", id));
  }
}
