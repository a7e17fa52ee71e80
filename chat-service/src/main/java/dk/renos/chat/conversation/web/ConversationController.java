package dk.renos.chat.conversation.web;

import dk.renos.chat.conversation.Conversation;
import dk.renos.chat.conversation.ConversationRepository;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/chat/conversations")
class ConversationController {

  private static final Sort RECENT_FIRST =
      Sort.by(Sort.Order.desc("lastMessageAt"), Sort.Order.asc("id"));

  private final ConversationRepository conversations;

  ConversationController(ConversationRepository conversations) {
    this.conversations = conversations;
  }

  @GetMapping
  PagedModel<ConversationView> list(@Valid PageParams paging) {
    return new PagedModel<>(
        conversations.findAll(paging.toPageable(RECENT_FIRST)).map(ConversationView::from));
  }

  record ConversationView(
      UUID id,
      String title,
      String startedBy,
      int messageCount,
      Instant createdAt,
      Instant lastMessageAt) {

    static ConversationView from(Conversation conversation) {
      return new ConversationView(
          conversation.getId(),
          conversation.getTitle(),
          conversation.getStartedBy(),
          conversation.getMessageCount(),
          conversation.getCreatedAt(),
          conversation.getLastMessageAt());
    }
  }
}
