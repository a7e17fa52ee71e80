package dk.renos.email.message.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dk.renos.email.message.EmailMessage;
import dk.renos.email.message.EmailMessageRepository;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** One stored message: where {@code POST /api/emails} points its Location. */
@RestController
@RequestMapping("/api/emails/messages")
class EmailMessageController {

  private final EmailMessageRepository messages;

  EmailMessageController(EmailMessageRepository messages) {
    this.messages = messages;
  }

  @GetMapping("/{id}")
  EmailMessageView get(@PathVariable UUID id) {
    return messages.findById(id).map(EmailMessageView::from)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No message " + id));
  }

  record EmailMessageView(UUID id, UUID threadId, String rfc822MessageId, String inReplyTo, List<String> references,
      String fromAddress, String fromName, List<String> to, String subject, String bodyText, Instant sentAt,
      Instant receivedAt) {

    static EmailMessageView from(EmailMessage m) {
      return new EmailMessageView(m.getId(), m.getThreadId(), m.getMessageId(), m.getInReplyTo(), m.getReferences(),
          m.getSender(), m.getFromName(), m.getTo(), m.getSubject(), m.getBodyText(), m.getSentAt(),
          m.getReceivedAt());
    }
  }
}
