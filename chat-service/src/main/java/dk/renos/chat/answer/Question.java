package dk.renos.chat.answer;

import java.util.List;

/**
 * A question in its conversation.
 *
 * @param text the staff member's new message
 * @param history the conversation's earlier messages, oldest first (not including {@code text})
 */
public record Question(String text, List<Turn> history) {

  public Question {
    history = List.copyOf(history);
  }

  /** One earlier message: {@code fromUser} for the staff member's, else the assistant's. */
  public record Turn(boolean fromUser, String content) {}
}
