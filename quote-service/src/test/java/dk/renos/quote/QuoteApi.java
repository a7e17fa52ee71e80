package dk.renos.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The quote API over real HTTP, as staff call it through the gateway (which sets {@code
 * X-Renos-User}). The one place the ITs of this module make write calls, so a change in how callers
 * identify themselves is one edit.
 */
public final class QuoteApi {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final int port;

  private QuoteApi(int port) {
    this.port = port;
  }

  public static QuoteApi on(int port) {
    return new QuoteApi(port);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path, null).GET());
  }

  public HttpResponse<String> post(String path, String json, String staffUser) {
    return send(
        request(path, staffUser)
            .POST(
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> patch(String path, String json, String staffUser) {
    return send(
        request(path, staffUser).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path, String staffUser) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json");
    if (staffUser != null) {
      builder.header("X-Renos-User", staffUser);
    }
    return builder;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
