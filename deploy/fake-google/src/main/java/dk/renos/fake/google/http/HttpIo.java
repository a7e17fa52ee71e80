package dk.renos.fake.google.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Plumbing between com.sun.net.httpserver and ApiRequest/ApiResponse. */
public final class HttpIo {
  private HttpIo() {}

  public static ApiRequest read(HttpExchange exchange) throws IOException {
    byte[] body;
    try (var in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    TreeMap<String, String> headers = ApiRequest.headerMap();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) {
                headers.put(name, values.get(0));
              }
            });
    body = decodeContent(body, headers.get("Content-Encoding"));
    String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
    String override = headers.get("X-HTTP-Method-Override");
    if (override != null && method.equals("POST")) {
      method = override.toUpperCase(java.util.Locale.ROOT);
    }
    return new ApiRequest(
        method,
        exchange.getRequestURI().getRawPath(),
        parseQuery(exchange.getRequestURI().getRawQuery()),
        headers,
        body);
  }

  /** The Google client gzips request bodies by default (Content-Encoding: gzip). */
  public static byte[] decodeContent(byte[] body, String contentEncoding) throws IOException {
    if (contentEncoding == null
        || !contentEncoding.trim().equalsIgnoreCase("gzip")
        || body.length == 0) {
      return body;
    }
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  public static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  public static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** Percent-decoding for path segments, where '+' is a plus (info+test@renos.dk), not a space. */
  public static String decodePath(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  public static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  public static void write(HttpExchange exchange, ApiResponse response) throws IOException {
    var headers = exchange.getResponseHeaders();
    if (response.contentType() != null) {
      headers.set("Content-Type", response.contentType());
    }
    response.headers().forEach(headers::set);
    byte[] body = response.body();
    // -1 means "no body" to HttpServer; 0 would mean chunked.
    boolean bodyless =
        body.length == 0
            || response.status() == 204
            || response.status() == 304
            || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.sendResponseHeaders(response.status(), bodyless ? -1 : body.length);
    if (!bodyless) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }
}
