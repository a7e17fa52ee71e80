package dk.renos.fake.google.gmail;

import dk.renos.fake.google.http.ApiException;
import dk.renos.fake.google.http.ApiRequest;
import dk.renos.fake.google.http.ApiResponse;
import dk.renos.fake.google.http.HttpIo;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * POST batch/gmail/v1: a multipart/mixed body whose parts are application/http requests. Each part
 * goes through GmailApi (authorised by its own Authorization header, else the outer one) and the
 * answers come back in order as application/http parts, each with a Content-Length, which is the
 * format the client's BatchUnparsedResponse reads.
 */
public final class BatchHandler {
  static final int MAX_PARTS = 100;

  private final GmailApi api;

  public BatchHandler(GmailApi api) {
    this.api = api;
  }

  public ApiResponse handle(ApiRequest request) {
    if (!request.method().equals("POST")) {
      return ApiException.notFound().toResponse();
    }
    String contentType = request.header("Content-Type");
    String boundary = MimeMessage.param(contentType, "boundary");
    if (contentType == null
        || !contentType.toLowerCase().startsWith("multipart/mixed")
        || boundary == null) {
      return ApiException.badRequest("A batch request must be multipart/mixed with a boundary.")
          .toResponse();
    }
    List<byte[]> parts = MimeMessage.splitMultipart(request.body(), boundary);
    if (parts.isEmpty()) {
      return ApiException.badRequest("The batch request has no parts.").toResponse();
    }
    if (parts.size() > MAX_PARTS) {
      return ApiException.badRequest(
              "Too many requests in batch: " + parts.size() + " (at most " + MAX_PARTS + ").")
          .toResponse();
    }
    String outerAuthorization = request.header("Authorization");
    String responseBoundary =
        "batch_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int index = 0;
    for (byte[] part : parts) {
      index++;
      Parsed inner = parsePart(part);
      ApiResponse response =
          inner.request() == null
              ? ApiException.badRequest("Could not parse the batch part as an HTTP request.")
                  .toResponse()
              : api.handle(inner.request(), outerAuthorization);
      String contentId = inner.contentId() == null ? Integer.toString(index) : inner.contentId();
      writePart(out, responseBoundary, contentId, response);
    }
    ascii(out, "--" + responseBoundary + "--\r\n");
    return new ApiResponse(
        200, "multipart/mixed; boundary=" + responseBoundary, out.toByteArray(), Map.of());
  }

  private record Parsed(String contentId, ApiRequest request) {}

  private static Parsed parsePart(byte[] part) {
    // ISO-8859-1 keeps byte offsets; the inner body is cut out as bytes again.
    String text = new String(part, StandardCharsets.ISO_8859_1);
    int[] cursor = {0};
    TreeMap<String, String> partHeaders = readHeaders(text, cursor);
    String contentId = partHeaders.get("Content-ID");
    if (contentId != null) {
      contentId = contentId.trim();
      if (contentId.startsWith("<") && contentId.endsWith(">")) {
        contentId = contentId.substring(1, contentId.length() - 1);
      }
    }
    String requestLine = nextLine(text, cursor);
    while (requestLine != null && requestLine.isBlank()) {
      requestLine = nextLine(text, cursor);
    }
    if (requestLine == null) {
      return new Parsed(contentId, null);
    }
    String[] pieces = requestLine.trim().split(" ");
    if (pieces.length < 2) {
      return new Parsed(contentId, null);
    }
    TreeMap<String, String> headers = readHeaders(text, cursor);
    byte[] body =
        text.substring(Math.min(cursor[0], text.length())).getBytes(StandardCharsets.ISO_8859_1);
    String length = headers.get("Content-Length");
    if (length != null) {
      try {
        body =
            java.util.Arrays.copyOf(body, Math.min(body.length, Integer.parseInt(length.trim())));
      } catch (NumberFormatException ignored) {
        // keep the whole remainder
      }
    }
    try {
      body = HttpIo.decodeContent(body, headers.get("Content-Encoding"));
    } catch (java.io.IOException e) {
      return new Parsed(contentId, null);
    }
    String target = pieces[1];
    String path;
    String query;
    if (target.startsWith("http://") || target.startsWith("https://")) {
      URI uri = URI.create(target);
      path = uri.getRawPath();
      query = uri.getRawQuery();
    } else {
      int q = target.indexOf('?');
      path = q < 0 ? target : target.substring(0, q);
      query = q < 0 ? null : target.substring(q + 1);
      if (!path.startsWith("/")) {
        path = "/" + path;
      }
    }
    String method = pieces[0].toUpperCase(java.util.Locale.ROOT);
    String override = headers.get("X-HTTP-Method-Override");
    if (override != null && method.equals("POST")) {
      method = override.toUpperCase(java.util.Locale.ROOT);
    }
    return new Parsed(
        contentId, new ApiRequest(method, path, HttpIo.parseQuery(query), headers, body));
  }

  private static TreeMap<String, String> readHeaders(String text, int[] cursor) {
    TreeMap<String, String> headers = ApiRequest.headerMap();
    String line;
    while ((line = nextLine(text, cursor)) != null && !line.isEmpty()) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
    }
    return headers;
  }

  private static String nextLine(String text, int[] cursor) {
    if (cursor[0] >= text.length()) {
      return null;
    }
    int end = text.indexOf('\n', cursor[0]);
    String line = end < 0 ? text.substring(cursor[0]) : text.substring(cursor[0], end);
    cursor[0] = end < 0 ? text.length() : end + 1;
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static void writePart(
      ByteArrayOutputStream out, String boundary, String contentId, ApiResponse response) {
    ascii(out, "--" + boundary + "\r\n");
    ascii(out, "Content-Type: application/http\r\n");
    ascii(out, "Content-ID: <response-" + contentId + ">\r\n\r\n");
    ascii(out, "HTTP/1.1 " + response.status() + " " + reason(response.status()) + "\r\n");
    if (response.contentType() != null) {
      ascii(out, "Content-Type: " + response.contentType() + "\r\n");
    }
    response.headers().forEach((name, value) -> ascii(out, name + ": " + value + "\r\n"));
    ascii(out, "Content-Length: " + response.body().length + "\r\n\r\n");
    out.writeBytes(response.body());
    ascii(out, "\r\n");
  }

  private static void ascii(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 204 -> "No Content";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 409 -> "Conflict";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "Status " + status;
    };
  }
}
