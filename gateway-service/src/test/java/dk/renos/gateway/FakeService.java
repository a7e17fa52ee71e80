package dk.renos.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JDK HTTP server standing in for a service behind the gateway: it answers 200 {@code {}} to
 * everything (or the JSON given to {@link #answer} for that path) and records what reached it.
 */
public final class FakeService implements AutoCloseable {

  /** One request as the service saw it. */
  public record Received(String method, String path, String authorization, String cookie) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, String> answers = new ConcurrentHashMap<>();

  private FakeService(HttpServer server) {
    this.server = server;
  }

  public static FakeService start() {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      FakeService fake = new FakeService(http);
      http.createContext(
          "/",
          exchange -> {
            exchange.getRequestBody().readAllBytes();
            fake.received.add(
                new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Cookie")));
            byte[] body =
                fake.answers
                    .getOrDefault(exchange.getRequestURI().getRawPath(), "{}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      http.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers requests to exactly this path (any method, any query) with this JSON. */
  public FakeService answer(String path, String json) {
    answers.put(path, json);
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Received> received() {
    return received;
  }

  public Received last() {
    return received.get(received.size() - 1);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
