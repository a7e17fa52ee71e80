package dk.renos.fake.openai;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a streamed completion as OpenAI does: {@code text/event-stream}, one {@code data: <json>}
 * event per chunk, each flushed on its own so that the client sees a token as soon as it is
 * "generated", then {@code data: [DONE]}.
 */
final class EventStream {
  private EventStream() {}

  /**
   * Writes the chunks, sleeping chunkDelay before each; with breakAfter set, drops the connection
   * after that many chunks (throws AbortConnection, which the caller must let through).
   */
  static void write(
      HttpExchange exchange,
      List<ObjectNode> chunks,
      Duration chunkDelay,
      Integer breakAfter,
      Map<String, String> extraHeaders)
      throws IOException, InterruptedException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "text/event-stream; charset=utf-8");
    headers.set("Cache-Control", "no-cache");
    extraHeaders.forEach(headers::set);
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    int written = 0;
    for (ObjectNode chunk : chunks) {
      if (breakAfter != null && written >= breakAfter) {
        throw new HttpIo.AbortConnection("stream broken after " + written + " chunks");
      }
      if (!chunkDelay.isZero()) {
        Thread.sleep(chunkDelay.toMillis());
      }
      event(out, Json.string(chunk));
      written++;
    }
    if (breakAfter != null) {
      // cut after the last chunk: the client still misses [DONE]
      throw new HttpIo.AbortConnection("stream broken before [DONE]");
    }
    event(out, "[DONE]");
    out.close();
    exchange.close();
  }

  private static void event(OutputStream out, String data) throws IOException {
    out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
