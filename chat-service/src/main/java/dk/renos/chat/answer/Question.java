package dk.renos.chat.answer;

import java.util.List;
import java.util.UUID;

/**
 * A question in its conversation.
 *
 * @param conversationId the conversation it is asked in
 * @param text the staff member's new message
 * @param history the conversation's earlier messages, oldest first (not including {@code text})
 */
public record Question(UUID conversationId, String text, List<Turn> history) {

  public Question {
    history = List.copyOf(history);
  }

  /** One earlier message: {@code fromUser} for the staff member's, else the assistant's. */
  public record Turn(boolean fromUser, String content) {}
}
