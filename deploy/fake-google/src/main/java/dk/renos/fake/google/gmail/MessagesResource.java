package dk.renos.fake.google.gmail;

import dk.renos.fake.google.http.ApiException;
import dk.renos.fake.google.http.ApiRequest;
import dk.renos.fake.google.http.ApiResponse;
import dk.renos.fake.google.http.Json;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** users.messages.* and users.threads.*: list, get, send, insert/import, modify, delete, trash. */
final class MessagesResource {
  private static final int MAX_BATCH_IDS = 1000;

  ApiResponse messages(GmailApi.Call call) {
    String first = call.segment(0);
    if (call.is("GET", 0)) {
      return list(call);
    }
    if (call.is("POST", 0)) {
      return insert(call, "receivedTime");
    }
    if (call.is("POST", 1)) {
      return switch (first) {
        case "send" -> send(call);
        case "import" -> insert(call, "dateHeader");
        case "batchModify" -> batchModify(call);
        case "batchDelete" -> batchDelete(call);
        default -> throw ApiException.notFound();
      };
    }
    if (call.is("GET", 1)) {
      return get(call, first);
    }
    if (call.is("DELETE", 1)) {
      Scopes.PERMANENT_DELETE.require(call.grant());
      FakeMailbox box = call.mailbox();
      return box.write(
          () -> {
            box.remove(require(box, first));
            return ApiResponse.noContent();
          });
    }
    if (call.is("POST", 2)) {
      return switch (call.segment(1)) {
        case "modify" -> modify(call, first);
        case "trash" -> relabel(call, first, List.of("TRASH"), List.of());
        case "untrash" -> relabel(call, first, List.of(), List.of("TRASH"));
        default -> throw ApiException.notFound();
      };
    }
    if (call.is("GET", 3) && call.segment(1).equals("attachments")) {
      Scopes.READ.require(call.grant());
      FakeMailbox box = call.mailbox();
      return box.read(
          () -> ApiResponse.ok(MessageViews.attachment(require(box, first), call.segment(2))));
    }
    throw ApiException.notFound();
  }

  ApiResponse threads(GmailApi.Call call) {
    String id = call.segment(0);
    FakeMailbox box = call.mailbox();
    if (call.is("GET", 0)) {
      return listThreads(call);
    }
    if (call.is("GET", 1)) {
      Scopes.READ.require(call.grant());
      String format = MessageViews.format(call.request(), "full", false);
      requireFormatAllowed(call, format);
      List<String> headers = call.request().params("metadataHeaders");
      return box.read(
          () -> ApiResponse.ok(MessageViews.thread(requireThread(box, id), format, headers)));
    }
    if (call.is("DELETE", 1)) {
      Scopes.PERMANENT_DELETE.require(call.grant());
      return box.write(
          () -> {
            List.copyOf(requireThread(box, id).messages).forEach(box::remove);
            return ApiResponse.noContent();
          });
    }
    if (call.is("POST", 2)) {
      Scopes.MODIFY.require(call.grant());
      JsonNode body =
          call.segment(1).equals("modify") ? Json.parse(call.request().body()) : Json.object();
      List<String> add =
          switch (call.segment(1)) {
            case "modify" -> Json.textList(body, "addLabelIds");
            case "trash" -> List.of("TRASH");
            case "untrash" -> List.of();
            default -> throw ApiException.notFound();
          };
      List<String> remove =
          call.segment(1).equals("untrash")
              ? List.of("TRASH")
              : Json.textList(body, "removeLabelIds");
      return box.write(
          () -> {
            box.labels.requireModifiable(add);
            box.labels.requireModifiable(remove);
            MailThread thread = requireThread(box, id);
            List.copyOf(thread.messages).forEach(m -> box.modify(m, add, remove));
            return ApiResponse.ok(MessageViews.thread(thread, "minimal", List.of()));
          });
    }
    throw ApiException.notFound();
  }

  private ApiResponse list(GmailApi.Call call) {
    return readPage(
        call,
        page ->
            listResponse(
                page.box()
                    .listMessages(
                        page.match(),
                        page.filter().afterMillis,
                        page.filter().beforeMillis,
                        page.pageKey(),
                        page.max()),
                "messages",
                MessageViews::ref));
  }

  private ApiResponse listThreads(GmailApi.Call call) {
    return readPage(
        call,
        page ->
            listResponse(
                page.box()
                    .listThreads(
                        t -> t.messages.stream().anyMatch(page.match()),
                        page.filter().afterMillis,
                        page.pageKey(),
                        page.max()),
                "threads",
                MessageViews::threadSummary));
  }

  /** What one list page is asked for: the search, and where the page starts and how long it is. */
  private record PageQuery(
      FakeMailbox box,
      QueryFilter filter,
      Predicate<StoredMessage> match,
      StoredMessage.Key pageKey,
      int max) {}

  /** Checks the read scope, then answers one list page under the mailbox's read lock. */
  private static ApiResponse readPage(GmailApi.Call call, Function<PageQuery, ApiResponse> page) {
    Scopes.READ.require(call.grant());
    ApiRequest request = call.request();
    int max = GmailApi.pageSize(request);
    StoredMessage.Key pageKey = PageTokens.decodeKey(request.param("pageToken"));
    FakeMailbox box = call.mailbox();
    return box.read(
        () -> {
          QueryFilter filter = filter(call);
          return page.apply(new PageQuery(box, filter, messageMatch(call, filter), pageKey, max));
        });
  }

  /**
   * Gmail's list shape: the items under {@code field} (omitted when empty), nextPageToken,
   * resultSizeEstimate.
   */
  private static <T> ApiResponse listResponse(
      FakeMailbox.Page<T> page, String field, Function<T, ? extends JsonNode> view) {
    ObjectNode out = Json.object();
    if (!page.items().isEmpty()) {
      var items = out.putArray(field);
      page.items().forEach(item -> items.add(view.apply(item)));
    }
    if (page.next() != null) {
      out.put("nextPageToken", PageTokens.encode(page.next()));
    }
    out.put("resultSizeEstimate", page.estimate());
    return ApiResponse.ok(out);
  }

  /** Under the mailbox read lock: q compiled against this mailbox's labels. */
  private static QueryFilter filter(GmailApi.Call call) {
    String q = call.request().param("q");
    if (q != null && !q.isBlank() && Scopes.metadataOnly(call.grant())) {
      throw new ApiException(403, "forbidden", "Metadata scope does not support 'q' parameter");
    }
    FakeMailbox box = call.mailbox();
    return QueryFilter.compile(q, box.labels, box.emailAddress(), box.now());
  }

  /** labelIds (all must match), spam/trash exclusion unless asked for, and q. */
  private static Predicate<StoredMessage> messageMatch(GmailApi.Call call, QueryFilter filter) {
    List<String> labelIds = call.request().params("labelIds");
    call.mailbox().labels.requireAll(labelIds);
    boolean spamTrash =
        call.request().flag("includeSpamTrash", false)
            || filter.reachesSpamTrash
            || labelIds.contains("SPAM")
            || labelIds.contains("TRASH");
    return m ->
        m.labels.containsAll(labelIds)
            && (spamTrash || !m.isSpamOrTrash())
            && filter.predicate.test(m);
  }

  private ApiResponse get(GmailApi.Call call, String id) {
    Scopes.READ.require(call.grant());
    String format = MessageViews.format(call.request(), "full", true);
    requireFormatAllowed(call, format);
    List<String> headers = call.request().params("metadataHeaders");
    FakeMailbox box = call.mailbox();
    return box.read(() -> ApiResponse.ok(MessageViews.message(require(box, id), format, headers)));
  }

  private static void requireFormatAllowed(GmailApi.Call call, String format) {
    if ((format.equals("full") || format.equals("raw")) && Scopes.metadataOnly(call.grant())) {
      throw new ApiException(
          403,
          "forbidden",
          "Metadata scope doesn't allow format " + format.toUpperCase(Locale.ROOT));
    }
  }

  private ApiResponse send(GmailApi.Call call) {
    Scopes.SEND.require(call.grant());
    JsonNode body = Json.parse(call.request().body());
    byte[] raw = decodeRaw(Json.text(body, "raw"));
    MimeMessage mime = MimeMessage.parse(raw);
    if (!mime.hasRecipient()) {
      throw ApiException.badRequest("Recipient address required");
    }
    String threadId = Json.text(body, "threadId");
    FakeMailbox box = call.mailbox();
    return box.write(
        () ->
            ApiResponse.ok(
                summary(box.insert(raw, mime, box.now(), List.of("SENT"), threadId, true))));
  }

  /**
   * users.messages.insert and import: store without sending; internalDate per internalDateSource.
   */
  private ApiResponse insert(GmailApi.Call call, String defaultDateSource) {
    Scopes.INSERT.require(call.grant());
    JsonNode body = Json.parse(call.request().body());
    byte[] raw = decodeRaw(Json.text(body, "raw"));
    MimeMessage mime = MimeMessage.parse(raw);
    List<String> labelIds = Json.textList(body, "labelIds");
    String source = call.request().param("internalDateSource");
    boolean receivedTime = "receivedTime".equals(source == null ? defaultDateSource : source);
    FakeMailbox box = call.mailbox();
    return box.write(
        () ->
            ApiResponse.ok(
                summary(
                    box.insert(
                        raw,
                        mime,
                        receivedTime ? box.now() : null,
                        labelIds,
                        Json.text(body, "threadId"),
                        false))));
  }

  private ApiResponse modify(GmailApi.Call call, String id) {
    JsonNode body = Json.parse(call.request().body());
    return relabel(
        call, id, Json.textList(body, "addLabelIds"), Json.textList(body, "removeLabelIds"));
  }

  private ApiResponse relabel(
      GmailApi.Call call, String id, List<String> add, List<String> remove) {
    Scopes.MODIFY.require(call.grant());
    FakeMailbox box = call.mailbox();
    return box.write(
        () -> {
          StoredMessage message = require(box, id);
          box.labels.requireModifiable(add);
          box.labels.requireModifiable(remove);
          box.modify(message, add, remove);
          return ApiResponse.ok(summary(message));
        });
  }

  private ApiResponse batchModify(GmailApi.Call call) {
    Scopes.MODIFY.require(call.grant());
    JsonNode body = Json.parse(call.request().body());
    List<String> ids = batchIds(body);
    List<String> add = Json.textList(body, "addLabelIds");
    List<String> remove = Json.textList(body, "removeLabelIds");
    FakeMailbox box = call.mailbox();
    return box.write(
        () -> {
          box.labels.requireModifiable(add);
          box.labels.requireModifiable(remove);
          // ids that no longer exist are skipped, as with a message deleted since it was listed
          ids.stream()
              .map(box::message)
              .filter(java.util.Objects::nonNull)
              .forEach(m -> box.modify(m, add, remove));
          return ApiResponse.noContent();
        });
  }

  private ApiResponse batchDelete(GmailApi.Call call) {
    Scopes.PERMANENT_DELETE.require(call.grant());
    List<String> ids = batchIds(Json.parse(call.request().body()));
    FakeMailbox box = call.mailbox();
    return box.write(
        () -> {
          ids.stream().map(box::message).filter(java.util.Objects::nonNull).forEach(box::remove);
          return ApiResponse.noContent();
        });
  }

  private static List<String> batchIds(JsonNode body) {
    List<String> ids = Json.textList(body, "ids");
    if (ids.isEmpty()) {
      throw ApiException.badRequest("No message ids specified.");
    }
    if (ids.size() > MAX_BATCH_IDS) {
      throw ApiException.badRequest(
          "Too many ids specified; at most " + MAX_BATCH_IDS + " are allowed.");
    }
    return ids;
  }

  /** What send, insert and modify answer: id, threadId and labelIds. */
  private static ObjectNode summary(StoredMessage m) {
    ObjectNode node = MessageViews.ref(m);
    node.set("labelIds", Json.strings(m.labels));
    return node;
  }

  private static byte[] decodeRaw(String raw) {
    if (raw == null || raw.isBlank()) {
      throw ApiException.badRequest(
          "'raw' RFC822 payload message string or uploading message via /upload/* URL required");
    }
    try {
      return Base64.getUrlDecoder()
          .decode(raw.replaceAll("\\s", "").replace('+', '-').replace('/', '_'));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "Invalid value for ByteString: " + raw.substring(0, Math.min(20, raw.length())));
    }
  }

  private static StoredMessage require(FakeMailbox box, String id) {
    StoredMessage message = box.message(id);
    if (message == null) {
      throw ApiException.notFound();
    }
    return message;
  }

  private static MailThread requireThread(FakeMailbox box, String id) {
    MailThread thread = box.thread(id);
    if (thread == null) {
      throw ApiException.notFound();
    }
    return thread;
  }
}
