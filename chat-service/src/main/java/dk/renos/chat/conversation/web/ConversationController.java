package dk.renos.chat.conversation.web;

import dk.renos.chat.answer.Sources;
import dk.renos.chat.conversation.ChatMessage;
import dk.renos.chat.conversation.Conversation;
import dk.renos.chat.conversation.Conversations;
import dk.renos.support.security.CurrentUser;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The current staff member's own conversations; nobody sees or changes another's. */
@RestController
@RequestMapping("/api/chat/conversations")
class ConversationController {

  private static final Sort RECENT_FIRST =
      Sort.by(Sort.Order.desc("lastMessageAt"), Sort.Order.asc("id"));

  private final Conversations conversations;

  ConversationController(Conversations conversations) {
    this.conversations = conversations;
  }

  @PostMapping
  ResponseEntity<ConversationView> start(
      CurrentUser user, @Valid @RequestBody(required = false) NewConversation request) {
    Conversation started =
        conversations.start(user.username(), request == null ? null : request.title());
    return ResponseEntity.created(URI.create("/api/chat/conversations/" + started.getId()))
        .body(ConversationView.from(started));
  }

  @GetMapping
  PagedModel<ConversationView> list(CurrentUser user, @Valid PageParams paging) {
    return new PagedModel<>(
        conversations
            .of(user.username(), paging.toPageable(RECENT_FIRST))
            .map(ConversationView::from));
  }

  @GetMapping("/{id}")
  ConversationDetail get(CurrentUser user, @PathVariable UUID id) {
    Conversation conversation =
        conversations.find(user.username(), id).orElseThrow(() -> notFound(id));
    return new ConversationDetail(
        ConversationView.from(conversation),
        conversations.messagesOf(conversation).stream().map(MessageView::from).toList());
  }

  @PatchMapping("/{id}")
  ConversationView rename(
      CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Rename request) {
    return conversations
        .rename(user.username(), id, request.title())
        .map(ConversationView::from)
        .orElseThrow(() -> notFound(id));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
    if (!conversations.delete(user.username(), id)) {
      throw notFound(id);
    }
    return ResponseEntity.noContent().build();
  }

  static ErrorResponseException notFound(UUID id) {
    return new ErrorResponseException(
        HttpStatus.NOT_FOUND,
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No conversation " + id),
        null);
  }

  record NewConversation(@Size(max = 200) String title) {}

  record Rename(@NotBlank @Size(max = 200) String title) {}

  record ConversationDetail(ConversationView conversation, List<MessageView> messages) {}

  record MessageView(
      UUID id, ChatMessage.Role role, String content, SourcesView sources, Instant createdAt) {

    static MessageView from(ChatMessage message) {
      return new MessageView(
          message.getId(),
          message.getRole(),
          message.getContent(),
          SourcesView.of(Sources.fromRefs(message.getSources())),
          message.getCreatedAt());
    }
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
