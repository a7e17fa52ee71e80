package dk.renos.fake.openai;

import java.time.Instant;
import java.util.Map;

/**
 * One request the server received, as tests see it: what was sent to the "model", when, and how the
 * fake answered. Recorded for every request to /v1/** (also those refused or faulted), never for
 * /_fake/**.
 *
 * @param sequence 1, 2, ... in the order received (per server, restarts at reset)
 * @param receivedAt when it arrived, from the server's clock
 * @param method the HTTP method
 * @param path the request path, e.g. /v1/chat/completions
 * @param headers the request headers (first value each, names lower-case) minus Authorization and
 *     api-key: a recording never holds a key
 * @param body the request body as text (UTF-8)
 * @param status the HTTP status answered (0 when the request hung or the stream was cut before it)
 * @param outcome how it was answered: "script#N" (the rule with that id), "default", "models",
 *     "fault:429", "hang", "stream-broken-after:N" with the rule, "unauthorized", "invalid:..."
 */
public record RecordedRequest(
    int sequence,
    Instant receivedAt,
    String method,
    String path,
    Map<String, String> headers,
    String body,
    int status,
    String outcome) {

  public RecordedRequest {
    headers = Map.copyOf(headers);
  }

  public boolean isChatCompletion() {
    return method.equals("POST") && path.equals("/v1/chat/completions");
  }

  /** The body read as a Chat Completions request (throws when it is not JSON). */
  public ChatCompletionRequest chat() {
    return ChatCompletionRequest.parse(body);
  }
}
