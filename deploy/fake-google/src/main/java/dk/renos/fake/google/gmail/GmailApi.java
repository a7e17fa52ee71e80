package dk.renos.fake.google.gmail;

import dk.renos.fake.google.http.ApiException;
import dk.renos.fake.google.http.ApiRequest;
import dk.renos.fake.google.http.ApiResponse;
import dk.renos.fake.google.http.HttpIo;
import dk.renos.fake.google.http.Json;
import dk.renos.fake.google.oauth.FakeOAuth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Routes gmail/v1/users/{userId}/... after checking the bearer token: profile, history and labels
 * here; messages and threads in MessagesResource. Serves top-level requests and batch parts alike.
 */
public final class GmailApi {
  static final String PREFIX = "/gmail/v1/users/";

  /**
   * One authorised call: its request, the caller's mailbox and grant, and the path after
   * users/{u}/.
   */
  record Call(
      ApiRequest request, FakeMailbox mailbox, FakeOAuth.AccessGrant grant, List<String> path) {
    String segment(int i) {
      return i < path.size() ? path.get(i) : null;
    }

    boolean is(String method, int segments) {
      return request.method().equals(method) && path.size() == segments;
    }
  }

  private final Function<String, FakeMailbox> mailboxes;
  private final FakeOAuth oauth;
  private final AtomicInteger requests = new AtomicInteger();
  private final MessagesResource messages = new MessagesResource();

  public GmailApi(Function<String, FakeMailbox> mailboxes, FakeOAuth oauth) {
    this.mailboxes = mailboxes;
    this.oauth = oauth;
  }

  public int requestCount() {
    return requests.get();
  }

  /** Serves one API request; fallbackAuthorization is a batch's outer Authorization header. */
  public ApiResponse handle(ApiRequest request, String fallbackAuthorization) {
    requests.incrementAndGet();
    try {
      return route(request, fallbackAuthorization);
    } catch (ApiException e) {
      return e.toResponse();
    } catch (RuntimeException e) {
      // a bug in the fake: answer this call (or batch part) with a 500 and leave the rest working
      e.printStackTrace();
      return new ApiException(500, "backendError", "fake-google: " + e).toResponse();
    }
  }

  private ApiResponse route(ApiRequest request, String fallbackAuthorization) {
    if (!request.path().startsWith(PREFIX)) {
      throw ApiException.notFound();
    }
    List<String> segments = new ArrayList<>();
    for (String s : request.path().substring(PREFIX.length()).split("/")) {
      if (!s.isEmpty()) {
        segments.add(HttpIo.decodePath(s));
      }
    }
    if (segments.size() < 2) {
      throw ApiException.notFound();
    }
    String authorization = request.header("Authorization");
    FakeOAuth.AccessGrant grant =
        oauth.authenticate(authorization != null ? authorization : fallbackAuthorization);
    if (grant == null) {
      throw ApiException.unauthenticated();
    }
    if (grant.serviceAccount()) {
      // What Gmail answers a service account that did not impersonate a user (no sub claim).
      throw new ApiException(400, "failedPrecondition", "Precondition check failed.");
    }
    String userId = segments.get(0);
    if (!userId.equals("me") && !userId.equalsIgnoreCase(grant.user())) {
      throw ApiException.notFound();
    }
    Call call =
        new Call(
            request, mailboxes.apply(grant.user()), grant, segments.subList(2, segments.size()));
    return switch (segments.get(1)) {
      case "profile" -> profile(call);
      case "messages" -> messages.messages(call);
      case "threads" -> messages.threads(call);
      case "history" -> history(call);
      case "labels" -> labels(call);
      default -> throw ApiException.notFound();
    };
  }

  private ApiResponse profile(Call call) {
    if (!call.is("GET", 0)) {
      throw ApiException.notFound();
    }
    Scopes.PROFILE.require(call.grant());
    FakeMailbox box = call.mailbox();
    return box.read(
        () -> {
          ObjectNode out = Json.object();
          out.put("emailAddress", box.emailAddress());
          out.put("messagesTotal", box.messages().size());
          out.put("threadsTotal", box.threadCount());
          out.put("historyId", Long.toString(box.history.current()));
          return ApiResponse.ok(out);
        });
  }

  private ApiResponse history(Call call) {
    if (!call.is("GET", 0)) {
      throw ApiException.notFound();
    }
    Scopes.READ.require(call.grant());
    ApiRequest request = call.request();
    String startParam = request.param("startHistoryId");
    if (startParam == null || startParam.isBlank()) {
      throw ApiException.badRequest("Missing required parameter: startHistoryId");
    }
    long start;
    try {
      start = Long.parseLong(startParam.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Invalid startHistoryId: " + startParam);
    }
    Set<String> types = new LinkedHashSet<>();
    for (String t : request.params("historyTypes")) {
      String type =
          HistoryLog.TYPES.stream()
              .filter(k -> k.equalsIgnoreCase(t))
              .findFirst()
              .orElseThrow(() -> ApiException.badRequest("Invalid value for historyTypes: " + t));
      types.add(type);
    }
    String labelId = request.param("labelId");
    int max = pageSize(request);
    Long pageAfter = PageTokens.decodeHistory(request.param("pageToken"));
    FakeMailbox box = call.mailbox();
    return box.read(
        () -> {
          if (!box.history.retains(start)) {
            throw ApiException.notFound();
          }
          HistoryLog.Page page =
              box.history.list(
                  pageAfter != null ? Math.max(pageAfter, start) : start, types, labelId, max);
          ObjectNode out = Json.object();
          if (!page.entries().isEmpty()) {
            var history = out.putArray("history");
            page.entries().forEach(e -> history.add(historyRecord(e, types)));
          }
          if (page.more()) {
            out.put("nextPageToken", PageTokens.encodeHistory(page.lastId()));
          }
          out.put("historyId", Long.toString(box.history.current()));
          return ApiResponse.ok(out);
        });
  }

  private static ObjectNode historyRecord(HistoryLog.Entry e, Set<String> types) {
    ObjectNode record = Json.object();
    record.put("id", Long.toString(e.id()));
    ObjectNode ref = Json.object().put("id", e.messageId()).put("threadId", e.threadId());
    record.putArray("messages").add(ref);
    ObjectNode full = ref.deepCopy();
    if (!e.labelIds().isEmpty()) {
      full.set("labelIds", Json.strings(e.labelIds()));
    }
    boolean all = types.isEmpty();
    switch (e.kind()) {
      case ADDED -> {
        if (all || types.contains("messageAdded")) {
          record.putArray("messagesAdded").addObject().set("message", full);
        }
      }
      case DELETED -> {
        if (all || types.contains("messageDeleted")) {
          record.putArray("messagesDeleted").addObject().set("message", full);
        }
      }
      case LABELS -> {
        if (!e.added().isEmpty() && (all || types.contains("labelAdded"))) {
          ObjectNode added = record.putArray("labelsAdded").addObject();
          added.set("message", full);
          added.set("labelIds", Json.strings(e.added()));
        }
        if (!e.removed().isEmpty() && (all || types.contains("labelRemoved"))) {
          ObjectNode removed = record.putArray("labelsRemoved").addObject();
          removed.set("message", full.deepCopy());
          removed.set("labelIds", Json.strings(e.removed()));
        }
      }
    }
    return record;
  }

  private ApiResponse labels(Call call) {
    FakeMailbox box = call.mailbox();
    String id = call.segment(0);
    String method = call.request().method();
    if (call.is("GET", 0)) {
      Scopes.LABELS_READ.require(call.grant());
      return box.read(
          () -> {
            ObjectNode out = Json.object();
            var labels = out.putArray("labels");
            box.labels.all().forEach(l -> labels.add(MessageViews.label(l)));
            return ApiResponse.ok(out);
          });
    }
    if (call.is("POST", 0)) {
      Scopes.LABELS_WRITE.require(call.grant());
      var body = Json.parse(call.request().body());
      return box.write(
          () ->
              ApiResponse.ok(
                  MessageViews.label(
                      box.labels.create(
                          Json.text(body, "name"),
                          Json.text(body, "messageListVisibility"),
                          Json.text(body, "labelListVisibility")))));
    }
    if (call.is("GET", 1)) {
      Scopes.LABELS_READ.require(call.grant());
      return box.read(
          () -> {
            Labels.Label label = box.labels.get(id);
            if (label == null) {
              throw ApiException.notFound();
            }
            return ApiResponse.ok(withCounts(box, label));
          });
    }
    if (call.is("DELETE", 1)) {
      Scopes.LABELS_WRITE.require(call.grant());
      return box.write(
          () -> {
            box.deleteLabel(id);
            return ApiResponse.noContent();
          });
    }
    if ((method.equals("PUT") || method.equals("PATCH")) && call.path().size() == 1) {
      Scopes.LABELS_WRITE.require(call.grant());
      var body = Json.parse(call.request().body());
      return box.write(
          () ->
              ApiResponse.ok(
                  MessageViews.label(
                      box.labels.update(
                          id,
                          Json.text(body, "name"),
                          Json.text(body, "messageListVisibility"),
                          Json.text(body, "labelListVisibility")))));
    }
    throw ApiException.notFound();
  }

  private static ObjectNode withCounts(FakeMailbox box, Labels.Label label) {
    int messages = 0;
    int unread = 0;
    Set<String> threads = new java.util.HashSet<>();
    Set<String> unreadThreads = new java.util.HashSet<>();
    for (StoredMessage m : box.messages()) {
      if (m.labels.contains(label.id())) {
        messages++;
        threads.add(m.threadId);
        if (m.labels.contains("UNREAD")) {
          unread++;
          unreadThreads.add(m.threadId);
        }
      }
    }
    ObjectNode node = MessageViews.label(label);
    node.put("messagesTotal", messages);
    node.put("messagesUnread", unread);
    node.put("threadsTotal", threads.size());
    node.put("threadsUnread", unreadThreads.size());
    return node;
  }

  /** maxResults: default 100, capped at 500 as Gmail does. */
  static int pageSize(ApiRequest request) {
    int max = request.intParam("maxResults", 100);
    if (max < 1) {
      throw ApiException.badRequest("Invalid maxResults: " + max);
    }
    return Math.min(max, 500);
  }
}
