package dk.renos.gateway.routing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stands in for chat-service answering as server-sent events: it writes the first {@code token}
 * event, then holds the rest of the answer back until the test says its client has received that
 * token (or 20 s pass). A gateway that buffered the response would deliver nothing before the end,
 * so the client would never see the first token while the answer is incomplete.
 */
public final class StreamingChatService implements AutoCloseable {

  private final HttpServer server;

  private final CountDownLatch firstTokenReceived = new CountDownLatch(1);

  private final AtomicBoolean restWritten = new AtomicBoolean();

  private final AtomicBoolean heldBackUntilReceived = new AtomicBoolean();

  private StreamingChatService(HttpServer server) {
    this.server = server;
  }

  public static StreamingChatService start() {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      StreamingChatService chat = new StreamingChatService(http);
      http.createContext("/api/chat/", chat::answer);
      http.start();
      return chat;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void answer(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0); // chunked: the length is not known yet
    try (OutputStream out = exchange.getResponseBody()) {
      write(out, "event:token\ndata:{\"text\":\"Planen \"}\n\n");
      try {
        heldBackUntilReceived.set(firstTokenReceived.await(20, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      restWritten.set(true);
      write(out, "event:token\ndata:{\"text\":\"i dag: \"}\n\n");
      write(out, "event:token\ndata:{\"text\":\"3 besøg.\"}\n\n");
      write(out, "event:done\ndata:{\"messageId\":\"m-1\"}\n\n");
    }
  }

  private static void write(OutputStream out, String event) throws IOException {
    out.write(event.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The client has the first token: the service may write the rest. */
  public void firstTokenReceived() {
    firstTokenReceived.countDown();
  }

  /** True once the service has written anything after the first token. */
  public boolean restWritten() {
    return restWritten.get();
  }

  /** True when the rest was held back until the client had the first token (not the 20 s). */
  public boolean heldBackUntilReceived() {
    return heldBackUntilReceived.get();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
