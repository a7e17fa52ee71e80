package dk.renos.fake.openai;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Plumbing between com.sun.net.httpserver and the fake's requests and answers. */
final class HttpIo {
  private HttpIo() {}

  /** A request as read off the wire: headers keyed lower-case (first value each). */
  record Incoming(String method, String path, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Thrown to drop a connection without finishing its response. It must reach HttpServer (which
   * then closes the socket) without the exchange being closed first: closing would write the
   * terminating chunk and turn a cut stream into a complete one.
   */
  static final class AbortConnection extends RuntimeException {
    AbortConnection(String why) {
      super(why, null, false, false);
    }
  }

  static Incoming read(HttpExchange exchange) throws IOException {
    byte[] body;
    try (var in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, String> headers = new TreeMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
              }
            });
    return new Incoming(
        exchange.getRequestMethod().toUpperCase(Locale.ROOT),
        exchange.getRequestURI().getRawPath(),
        headers,
        new String(body, StandardCharsets.UTF_8));
  }

  static void write(HttpExchange exchange, HttpAnswer answer) throws IOException {
    var headers = exchange.getResponseHeaders();
    if (answer.contentType() != null) {
      headers.set("Content-Type", answer.contentType());
    }
    answer.headers().forEach(headers::set);
    byte[] body = answer.body();
    // -1 means "no body" to HttpServer; 0 would mean chunked.
    boolean bodyless =
        body.length == 0
            || answer.status() == 204
            || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.sendResponseHeaders(answer.status(), bodyless ? -1 : body.length);
    if (!bodyless) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }
}
