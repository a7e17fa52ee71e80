package dk.renos.fake.openai;

import java.util.List;

/**
 * One message of a Chat Completions request, as the fake read it.
 *
 * @param role system, developer, user, assistant or tool
 * @param content the text (the text parts joined when content is an array), or null
 * @param toolCallId for a tool message: the id of the assistant's tool call it answers
 * @param toolCalls for an assistant message: the tool calls it made
 */
public record ChatMessage(
    String role, String content, String toolCallId, List<ToolCall> toolCalls) {

  public ChatMessage {
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
  }

  public boolean isUser() {
    return "user".equals(role);
  }

  public boolean isToolResult() {
    return "tool".equals(role);
  }
}
