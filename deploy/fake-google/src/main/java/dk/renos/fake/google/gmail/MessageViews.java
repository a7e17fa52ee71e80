package dk.renos.fake.google.gmail;

import dk.renos.fake.google.http.ApiException;
import dk.renos.fake.google.http.ApiRequest;
import dk.renos.fake.google.http.Json;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gmail's JSON shapes for messages and threads in each format. int64 fields (historyId,
 * internalDate) are JSON strings, as Google sends them and as the client's @JsonString fields
 * expect.
 */
final class MessageViews {
  static final Set<String> FORMATS = Set.of("minimal", "full", "raw", "metadata");
  private static final String ATTACHMENT_PREFIX = "ANGjdJ-fake-";

  private MessageViews() {}

  static String format(ApiRequest request, String fallback, boolean rawAllowed) {
    String format = request.param("format");
    format = format == null ? fallback : format.toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(format) || (format.equals("raw") && !rawAllowed)) {
      throw ApiException.badRequest("Invalid format: " + request.param("format"));
    }
    return format;
  }

  static ObjectNode ref(StoredMessage m) {
    ObjectNode node = Json.object();
    node.put("id", m.id);
    node.put("threadId", m.threadId);
    return node;
  }

  static ObjectNode message(StoredMessage m, String format, List<String> metadataHeaders) {
    ObjectNode node = ref(m);
    if (!m.labels.isEmpty()) {
      node.set("labelIds", Json.strings(m.labels));
    }
    node.put("snippet", m.mime.snippet);
    switch (format) {
      case "full" -> node.set("payload", part(m.mime.root, "", true));
      case "metadata" -> node.set("payload", metadataPayload(m.mime, metadataHeaders));
      default -> {}
    }
    node.put("sizeEstimate", m.raw.length);
    node.put("historyId", Long.toString(m.historyId));
    node.put("internalDate", Long.toString(m.internalDate));
    if (format.equals("raw")) {
      node.put("raw", m.rawBase64());
    }
    return node;
  }

  static ObjectNode thread(MailThread thread, String format, List<String> metadataHeaders) {
    ObjectNode node = Json.object();
    node.put("id", thread.id);
    node.put("historyId", Long.toString(thread.historyId()));
    var messages = node.putArray("messages");
    thread.messages.forEach(m -> messages.add(message(m, format, metadataHeaders)));
    return node;
  }

  static ObjectNode threadSummary(MailThread thread) {
    ObjectNode node = Json.object();
    node.put("id", thread.id);
    node.put("snippet", thread.latest().mime.snippet);
    node.put("historyId", Long.toString(thread.historyId()));
    return node;
  }

  private static ObjectNode metadataPayload(MimeMessage mime, List<String> wanted) {
    ObjectNode payload = Json.object();
    payload.put("partId", "");
    payload.put("mimeType", mime.root.mimeType());
    payload.put("filename", "");
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    names.addAll(wanted);
    var headers = payload.putArray("headers");
    for (MimeMessage.Header h : mime.headers()) {
      if (names.isEmpty() || names.contains(h.name())) {
        headers.addObject().put("name", h.name()).put("value", h.value());
      }
    }
    payload.putObject("body").put("size", 0);
    return payload;
  }

  private static ObjectNode part(MimeMessage.Part part, String partId, boolean root) {
    ObjectNode node = Json.object();
    node.put("partId", partId);
    node.put("mimeType", part.mimeType());
    node.put("filename", part.filename());
    var headers = node.putArray("headers");
    part.headers().forEach(h -> headers.addObject().put("name", h.name()).put("value", h.value()));
    ObjectNode body = node.putObject("body");
    if (!part.parts().isEmpty()) {
      body.put("size", 0);
      var parts = node.putArray("parts");
      for (int i = 0; i < part.parts().size(); i++) {
        parts.add(part(part.parts().get(i), root ? Integer.toString(i) : partId + "." + i, false));
      }
    } else if (part.isAttachment()) {
      // Gmail leaves attachment bytes out of the message and serves them from
      // messages.attachments.get.
      body.put("attachmentId", ATTACHMENT_PREFIX + (partId.isEmpty() ? "root" : partId));
      body.put("size", part.body().length);
    } else {
      body.put("size", part.body().length);
      if (part.body().length > 0) {
        body.put("data", Base64.getUrlEncoder().encodeToString(part.body()));
      }
    }
    return node;
  }

  /** users.messages.attachments.get: the attachment's decoded bytes, base64url. */
  static ObjectNode attachment(StoredMessage m, String attachmentId) {
    if (!attachmentId.startsWith(ATTACHMENT_PREFIX)) {
      throw ApiException.badRequest("Invalid attachment token");
    }
    String partId = attachmentId.substring(ATTACHMENT_PREFIX.length());
    MimeMessage.Part part = m.mime.root;
    if (!partId.equals("root")) {
      for (String index : partId.split("\\.")) {
        int i;
        try {
          i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
          throw ApiException.notFound();
        }
        if (i < 0 || i >= part.parts().size()) {
          throw ApiException.notFound();
        }
        part = part.parts().get(i);
      }
    }
    ObjectNode node = Json.object();
    node.put("size", part.body().length);
    node.put("data", Base64.getUrlEncoder().encodeToString(part.body()));
    return node;
  }

  static ObjectNode label(Labels.Label label) {
    ObjectNode node = Json.object();
    node.put("id", label.id());
    node.put("name", label.name());
    if (label.messageListVisibility() != null) {
      node.put("messageListVisibility", label.messageListVisibility());
    }
    if (label.labelListVisibility() != null) {
      node.put("labelListVisibility", label.labelListVisibility());
    }
    node.put("type", label.type());
    return node;
  }
}
