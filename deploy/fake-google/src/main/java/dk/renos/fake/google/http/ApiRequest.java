package dk.renos.fake.google.http;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One API call, whether it came as its own HTTP request or as a part of a batch, so both go through
 * the same router. Header names are case-insensitive; query values are already URL-decoded.
 */
public record ApiRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    TreeMap<String, String> headers,
    byte[] body) {

  public static TreeMap<String, String> headerMap() {
    return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  }

  public String header(String name) {
    return headers.get(name);
  }

  public String param(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Repeated parameters (labelIds=A&labelIds=B); comma-separated values are split too, as Google
   * accepts both.
   */
  public List<String> params(String name) {
    List<String> values = query.get(name);
    if (values == null) {
      return List.of();
    }
    return values.stream()
        .flatMap(v -> java.util.Arrays.stream(v.split(",")))
        .map(String::trim)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  public boolean flag(String name, boolean fallback) {
    String value = param(name);
    return value == null ? fallback : Boolean.parseBoolean(value);
  }

  public int intParam(String name, int fallback) {
    String value = param(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Invalid value '" + value + "' for " + name);
    }
  }
}
