package dk.renos.chat.conversation;

import dk.renos.chat.answer.Question;
import dk.renos.chat.answer.Sources;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversations belong to the staff member who started them: every lookup is by id AND owner, so
 * someone else's conversation is indistinguishable from one that does not exist.
 */
@Service
public class Conversations {

  public static final String DEFAULT_TITLE = "Ny samtale";

  private final ConversationRepository conversations;

  private final ChatMessageRepository messages;

  private final Clock clock;

  Conversations(ConversationRepository conversations, ChatMessageRepository messages, Clock clock) {
    this.conversations = conversations;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional
  public Conversation start(String owner, String title) {
    String named = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
    return conversations.save(Conversation.start(named, owner, clock.instant()));
  }

  @Transactional(readOnly = true)
  public Page<Conversation> of(String owner, Pageable pageable) {
    return conversations.findByStartedBy(owner, pageable);
  }

  @Transactional(readOnly = true)
  public Optional<Conversation> find(String owner, UUID id) {
    return conversations.findByIdAndStartedBy(id, owner);
  }

  @Transactional(readOnly = true)
  public List<ChatMessage> messagesOf(Conversation conversation) {
    return messages.findByConversationIdOrderByCreatedAt(conversation.getId());
  }

  /**
   * Stores the owner's question and returns it with the conversation's history for the assistant;
   * empty when the owner has no such conversation.
   */
  @Transactional
  public Optional<Asked> ask(String owner, UUID id, String text) {
    return conversations
        .findByIdAndStartedBy(id, owner)
        .map(
            conversation -> {
              List<Question.Turn> history =
                  messages.findByConversationIdOrderByCreatedAt(id).stream()
                      .map(
                          m ->
                              new Question.Turn(
                                  m.getRole() == ChatMessage.Role.USER, m.getContent()))
                      .toList();
              ChatMessage question =
                  messages.save(conversation.post(ChatMessage.Role.USER, text, clock.instant()));
              return new Asked(id, question.getId(), new Question(id, text, history));
            });
  }

  /**
   * Stores the assistant's complete answer; empty when the conversation was deleted while it was
   * being answered.
   */
  @Transactional
  public Optional<ChatMessage> answered(UUID conversationId, String text, Sources sources) {
    return conversations
        .findById(conversationId)
        .map(
            conversation ->
                messages.save(
                    conversation.post(
                        ChatMessage.Role.ASSISTANT, text, sources.refs(), clock.instant())));
  }

  /** A stored question and what the assistant needs to answer it. */
  public record Asked(UUID conversationId, UUID messageId, Question question) {}

  @Transactional
  public Optional<Conversation> rename(String owner, UUID id, String title) {
    return conversations
        .findByIdAndStartedBy(id, owner)
        .map(
            conversation -> {
              conversation.rename(title.strip());
              return conversation;
            });
  }

  /** Deletes the conversation and its messages; false when the owner has no such conversation. */
  @Transactional
  public boolean delete(String owner, UUID id) {
    Optional<Conversation> found = conversations.findByIdAndStartedBy(id, owner);
    found.ifPresent(
        conversation -> {
          messages.deleteByConversationId(conversation.getId());
          conversations.delete(conversation);
        });
    return found.isPresent();
  }
}
