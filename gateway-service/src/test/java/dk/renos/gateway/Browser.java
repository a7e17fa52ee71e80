package dk.renos.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser as far as the gateway can tell: it keeps the cookies the gateway sets, sends them back,
 * and echoes the {@code XSRF-TOKEN} cookie in {@code X-XSRF-TOKEN} on unsafe requests, as the web
 * app does. {@link #from} makes it connect from another loopback address (another client IP).
 */
public final class Browser {

  private final int port;
  private final HttpClient http;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private List<String> lastSetCookies = List.of();
  private boolean sendCsrf = true;
  private String bearer;

  private Browser(int port, InetAddress local) {
    this.port = port;
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
    if (local != null) {
      builder.localAddress(local);
    }
    this.http = builder.build();
  }

  public static Browser on(int port) {
    return new Browser(port, null);
  }

  /** Connects from this loopback address (e.g. 127.0.0.2), so the gateway sees another client. */
  public static Browser from(String loopbackAddress, int port) {
    try {
      return new Browser(port, InetAddress.getByName(loopbackAddress));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Leaves {@code X-XSRF-TOKEN} off from now on (a forged cross-site request). */
  public Browser withoutCsrfHeader() {
    sendCsrf = false;
    return this;
  }

  /** Sends {@code Authorization: Bearer} with every request (an API client, not a browser). */
  public Browser withBearer(String token) {
    bearer = token;
    return this;
  }

  public HttpResponse<String> login(String username, String password) {
    return postJson(
        "/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()), true);
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        true);
  }

  public HttpResponse<String> patchJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        true);
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE(), true);
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  /** The raw {@code Set-Cookie} headers of the last answer. */
  public List<String> lastSetCookies() {
    return lastSetCookies;
  }

  /** The raw {@code Set-Cookie} header for this cookie in the last answer, or null. */
  public String lastSetCookie(String name) {
    return lastSetCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30));
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request, false);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, boolean unsafe) {
    if (unsafe && sendCsrf && cookies.containsKey("XSRF-TOKEN")) {
      request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      lastSetCookies = response.headers().allValues("Set-Cookie");
      for (String setCookie : lastSetCookies) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        boolean expired = setCookie.toLowerCase().contains("max-age=0") || value.isEmpty();
        if (expired) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
