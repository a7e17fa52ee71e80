package dk.renos.fake.openai;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One answer ready to send: a reply resolved against its request (tool call ids numbered, content
 * cut at max_completion_tokens, usage counted), rendered either as one chat.completion object or as
 * the chat.completion.chunk sequence of a stream.
 */
final class Completion {
  /** How many characters of function.arguments travel in one stream chunk. */
  static final int ARGUMENT_PIECE = 8;

  private final String id;
  private final long created;
  private final String model;
  private final List<String> contentTokens;
  private final List<ToolCall> toolCalls;
  private final String finishReason;
  private final int promptTokens;
  private final int completionTokens;

  Completion(
      String id,
      long created,
      ChatCompletionRequest request,
      Reply reply,
      java.util.function.Supplier<String> toolCallIds) {
    this.id = id;
    this.created = created;
    this.model = request.model();
    List<String> tokens = reply.content() == null ? null : Tokens.split(reply.content());
    String finish = reply.effectiveFinishReason();
    Integer max = request.maxCompletionTokens().orElse(null);
    if (tokens != null && max != null && Tokens.count(reply.content()) > max) {
      tokens = tokens.subList(0, Math.max(0, max));
      finish = "length";
    }
    this.contentTokens = tokens;
    List<ToolCall> calls = new ArrayList<>();
    for (ToolCall call : reply.toolCalls()) {
      calls.add(call.id() == null ? call.withId(toolCallIds.get()) : call);
    }
    this.toolCalls = List.copyOf(calls);
    this.finishReason = finish;
    this.promptTokens = promptTokens(request);
    int completion = contentTokens == null ? 0 : Tokens.count(String.join("", contentTokens));
    for (ToolCall call : toolCalls) {
      completion += Tokens.count(call.name()) + Tokens.count(call.arguments());
    }
    this.completionTokens = completion;
  }

  /**
   * Prompt tokens: the tokens of every message's content and of the tool calls in it (name and
   * arguments). Tool definitions and the response format are not counted.
   */
  static int promptTokens(ChatCompletionRequest request) {
    int n = 0;
    for (ChatMessage m : request.messages()) {
      n += Tokens.count(m.content());
      for (ToolCall call : m.toolCalls()) {
        n += Tokens.count(call.name()) + Tokens.count(call.arguments());
      }
    }
    return n;
  }

  String content() {
    return contentTokens == null ? null : String.join("", contentTokens);
  }

  List<ToolCall> toolCalls() {
    return toolCalls;
  }

  String finishReason() {
    return finishReason;
  }

  /** The non-streamed chat.completion object. */
  ObjectNode toJson() {
    ObjectNode root = header("chat.completion");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode message = choice.putObject("message");
    message.put("role", "assistant");
    message.put("content", content());
    message.put("refusal", (String) null);
    if (!toolCalls.isEmpty()) {
      ArrayNode calls = message.putArray("tool_calls");
      for (ToolCall call : toolCalls) {
        ObjectNode c = calls.addObject();
        c.put("id", call.id());
        c.put("type", "function");
        c.putObject("function").put("name", call.name()).put("arguments", call.arguments());
      }
    }
    choice.putNull("logprobs");
    choice.put("finish_reason", finishReason);
    root.set("usage", usage());
    return root;
  }

  /**
   * The stream: a first chunk with the role, one chunk per content token, for each tool call a
   * chunk with its id and name followed by its arguments in pieces, a last chunk with
   * finish_reason, and (include_usage) a chunk with no choices carrying usage. With include_usage
   * every other chunk has "usage": null, as OpenAI sends it.
   */
  List<ObjectNode> toChunks(boolean includeUsage) {
    List<ObjectNode> chunks = new ArrayList<>();
    ObjectNode first = Json.object().put("role", "assistant");
    if (toolCalls.isEmpty() || contentTokens != null) {
      first.put("content", "");
    } else {
      first.putNull("content");
    }
    chunks.add(chunk(first, null, includeUsage));
    if (contentTokens != null) {
      for (String token : contentTokens) {
        chunks.add(chunk(Json.object().put("content", token), null, includeUsage));
      }
    }
    for (int index = 0; index < toolCalls.size(); index++) {
      ToolCall call = toolCalls.get(index);
      ObjectNode start = Json.object();
      ObjectNode c = start.putArray("tool_calls").addObject();
      c.put("index", index).put("id", call.id()).put("type", "function");
      c.putObject("function").put("name", call.name()).put("arguments", "");
      chunks.add(chunk(start, null, includeUsage));
      String args = call.arguments();
      for (int from = 0; from < args.length(); from += ARGUMENT_PIECE) {
        String piece = args.substring(from, Math.min(args.length(), from + ARGUMENT_PIECE));
        ObjectNode delta = Json.object();
        delta
            .putArray("tool_calls")
            .addObject()
            .put("index", index)
            .putObject("function")
            .put("arguments", piece);
        chunks.add(chunk(delta, null, includeUsage));
      }
    }
    chunks.add(chunk(Json.object(), finishReason, includeUsage));
    if (includeUsage) {
      ObjectNode last = header("chat.completion.chunk");
      last.putArray("choices");
      last.set("usage", usage());
      chunks.add(last);
    }
    return chunks;
  }

  private ObjectNode chunk(ObjectNode delta, String finish, boolean includeUsage) {
    ObjectNode root = header("chat.completion.chunk");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("delta", delta);
    choice.putNull("logprobs");
    choice.put("finish_reason", finish);
    if (includeUsage) {
      root.putNull("usage");
    }
    return root;
  }

  private ObjectNode header(String object) {
    ObjectNode root = Json.object();
    root.put("id", id);
    root.put("object", object);
    root.put("created", created);
    root.put("model", model);
    root.put("system_fingerprint", "fp_fake_openai");
    return root;
  }

  private ObjectNode usage() {
    ObjectNode usage = Json.object();
    usage.put("prompt_tokens", promptTokens);
    usage.put("completion_tokens", completionTokens);
    usage.put("total_tokens", promptTokens + completionTokens);
    usage.putObject("prompt_tokens_details").put("cached_tokens", 0);
    usage.putObject("completion_tokens_details").put("reasoning_tokens", 0);
    return usage;
  }
}
