package dk.renos.chat.conversation;

import dk.renos.support.persistence.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One message in a conversation, from the staff member (USER) or the assistant. */
@Entity
@Table(name = "chat_message")
public class ChatMessage {

  public enum Role {
    USER,
    ASSISTANT
  }

  @Id private UUID id;

  @Column(name = "conversation_id", nullable = false)
  private UUID conversationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @Column(nullable = false, columnDefinition = "text")
  private String content;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The read-model rows an assistant answer used ({@code customer:<id>}, ...); empty for USER. */
  @Convert(converter = StringListConverter.class)
  @Column(nullable = false, columnDefinition = "text")
  private List<String> sources = List.of();

  protected ChatMessage() {}

  ChatMessage(
      UUID conversationId, Role role, String content, List<String> sources, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.conversationId = conversationId;
    this.role = role;
    this.content = content;
    this.sources = List.copyOf(sources);
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  public UUID getConversationId() {
    return conversationId;
  }

  public Role getRole() {
    return role;
  }

  public String getContent() {
    return content;
  }

  public List<String> getSources() {
    return sources;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
