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
  /**
   * How long the chunks before a cut get to reach the client before the connection drops. The JDK
   * HttpClient (which langchain4j uses) throws away bytes it has received but not yet handed to the
   * reader when the connection then fails; without the pause a client would, at random, see the
   * error without the tokens before it, which no real network failure produces so reliably.
   */
  static final Duration BREAK_PAUSE = Duration.ofMillis(300);

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
        cut(written);
      }
      if (!chunkDelay.isZero()) {
        Thread.sleep(chunkDelay.toMillis());
      }
      event(out, Json.string(chunk));
      written++;
    }
    if (breakAfter != null) {
      cut(written); // after the last chunk: the client still misses [DONE]
    }
    event(out, "[DONE]");
    out.close();
    exchange.close();
  }

  private static void cut(int written) throws InterruptedException {
    Thread.sleep(BREAK_PAUSE.toMillis());
    throw new HttpIo.AbortConnection("stream broken after " + written + " chunks");
  }

  private static void event(OutputStream out, String data) throws IOException {
    out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
