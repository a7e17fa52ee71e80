package dk.renos.fake.google.admin;

import dk.renos.fake.google.FakeGoogleServer;
import dk.renos.fake.google.gmail.FakeMailbox;
import dk.renos.fake.google.http.ApiException;
import dk.renos.fake.google.http.ApiRequest;
import dk.renos.fake.google.http.ApiResponse;
import dk.renos.fake.google.http.FakeFaults;
import dk.renos.fake.google.http.HttpIo;
import dk.renos.fake.google.http.Json;
import dk.renos.fake.google.oauth.FakeOAuth;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * /_fake/...: JSON control endpoints so that a benchmark can drive a server running as its own
 * process the way tests drive it through Java. Not Gmail; no auth, no faults.
 */
public final class AdminApi {
  private final FakeGoogleServer server;
  private final Function<String, FakeMailbox> mailboxes;
  private final CalendarAdmin calendars;

  public AdminApi(FakeGoogleServer server, Function<String, FakeMailbox> mailboxes) {
    this.server = server;
    this.mailboxes = mailboxes;
    this.calendars = new CalendarAdmin(server.calendars());
  }

  public ApiResponse handle(ApiRequest request) {
    try {
      return route(request);
    } catch (ApiException e) {
      // a Calendar or Gmail rule the admin call broke: keep its status (404, 409, 410, ...)
      return ApiResponse.json(
          e.status, Json.object().put("error", e.getMessage()).put("reason", e.reason));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      ObjectNode error = Json.object().put("error", e.getMessage());
      return ApiResponse.json(400, error);
    }
  }

  private ApiResponse route(ApiRequest request) {
    List<String> path =
        Arrays.stream(request.path().substring("/_fake/".length()).split("/"))
            .filter(s -> !s.isEmpty())
            .map(HttpIo::decodePath)
            .toList();
    String method = request.method();
    String route =
        method
            + " "
            + (path.isEmpty() ? "" : path.get(0))
            + (path.size() > 1 && !path.get(0).equals("mailboxes") ? "/" + path.get(1) : "");
    if (!path.isEmpty() && path.get(0).equals("calendars")) {
      return calendars.handle(request, path.subList(1, path.size()));
    }
    if (path.size() >= 2 && path.get(0).equals("mailboxes")) {
      return mailbox(request, mailboxes.apply(path.get(1)), path.subList(2, path.size()));
    }
    FakeOAuth oauth = server.oauth();
    JsonNode body = method.equals("POST") ? Json.parse(request.body()) : Json.object();
    return switch (route) {
      case "POST oauth/clients" -> {
        oauth.registerClient(required(body, "clientId"), required(body, "clientSecret"));
        yield ApiResponse.ok(Json.object().put("clientId", Json.text(body, "clientId")));
      }
      case "POST oauth/refresh-tokens" -> {
        // "scopes": optional array; without it, full Gmail scope as before
        List<String> scopes = Json.textList(body, "scopes");
        String token =
            scopes.isEmpty()
                ? oauth.issueRefreshToken(required(body, "clientId"), required(body, "userEmail"))
                : oauth.issueRefreshToken(
                    required(body, "clientId"),
                    required(body, "userEmail"),
                    new java.util.LinkedHashSet<>(scopes));
        yield ApiResponse.ok(Json.object().put("refreshToken", token));
      }
      case "POST oauth/revoke" -> {
        oauth.revoke(required(body, "refreshToken"));
        yield ApiResponse.ok(Json.object());
      }
      case "POST oauth/expire-access-tokens" -> {
        oauth.expireAccessTokens();
        yield ApiResponse.ok(Json.object());
      }
      case "POST oauth/service-accounts" ->
          ApiResponse.ok(
              Json.MAPPER.readTree(oauth.serviceAccountKeyJson(required(body, "clientEmail"))));
      case "POST oauth/delegation" -> {
        oauth.allowDelegation(required(body, "clientEmail"), body.path("allowed").asBoolean(true));
        yield ApiResponse.ok(Json.object());
      }
      case "POST oauth/redirect-uris" -> {
        oauth.registerRedirectUri(required(body, "clientId"), required(body, "redirectUri"));
        yield ApiResponse.ok(Json.object());
      }
      case "POST oauth/refuse-next-consent" -> {
        oauth.refuseNextConsent();
        yield ApiResponse.ok(Json.object());
      }
      case "POST oidc/users" -> {
        var user =
            server
                .oidc()
                .registerUser(
                    required(body, "email"),
                    Json.text(body, "name"),
                    body.path("emailVerified").asBoolean(true),
                    Json.text(body, "hd"));
        yield ApiResponse.ok(Json.object().put("sub", user.sub()).put("email", user.email()));
      }
      case "POST oidc/next-id-token-fault" -> {
        server
            .oidc()
            .failNextIdToken(
                dk.renos.fake.google.oidc.FakeOidc.IdTokenFault.valueOf(required(body, "fault")));
        yield ApiResponse.ok(Json.object());
      }
      case "GET oidc/issuer" -> ApiResponse.ok(Json.object().put("issuer", server.oidc().issuer()));
      case "POST oauth/consenting-user" -> {
        oauth.setConsentingUser(required(body, "userEmail"));
        yield ApiResponse.ok(Json.object());
      }
      case "POST faults" -> {
        long retryAfter = body.path("retryAfterSeconds").asLong(-1);
        faults(Json.text(body, "api"))
            .failNext(
                body.path("count").asInt(1),
                body.path("status").asInt(429),
                Json.text(body, "reason") == null ? "rateLimitExceeded" : Json.text(body, "reason"),
                retryAfter < 0 ? null : Duration.ofSeconds(retryAfter));
        yield ApiResponse.ok(Json.object().put("queued", body.path("count").asInt(1)));
      }
      case "DELETE faults" -> {
        faults(request.param("api")).clear();
        yield ApiResponse.noContent();
      }
      case "GET stats" ->
          ApiResponse.ok(
              Json.object()
                  .put("requests", server.requestCount())
                  .put("calendarRequests", server.calendarApi().requestCount())
                  .put("calendarFaultsServed", server.calendarFaults().faultsServed())
                  .put("tokenRequests", oauth.tokenRequests())
                  .put("faultsServed", server.faults().faultsServed()));
      default ->
          ApiResponse.json(
              404,
              Json.object().put("error", "No admin endpoint " + method + " " + request.path()));
    };
  }

  private ApiResponse mailbox(ApiRequest request, FakeMailbox box, List<String> rest) {
    String route = request.method() + " " + String.join("/", rest);
    return switch (route) {
      case "GET " ->
          ApiResponse.ok(
              Json.object()
                  .put("messages", box.messageCount())
                  .put("historyId", box.historyId())
                  .put("sent", box.sent().size()));
      case "POST messages" -> {
        String[] labels = request.params("labelIds").toArray(String[]::new);
        String id = box.deliver(request.body(), labels);
        yield ApiResponse.ok(
            Json.object()
                .put("id", id)
                .put("threadId", box.threadIdOf(id))
                .put("historyId", box.historyId()));
      }
      case "POST generate" -> {
        JsonNode body = Json.parse(request.body());
        int threads = body.path("threads").asInt(100);
        int perThread = body.path("messagesPerThread").asInt(3);
        int added = box.generate(threads, perThread, body.path("seed").asLong(1));
        yield ApiResponse.ok(
            Json.object()
                .put("threads", threads)
                .put("messages", added)
                .put("totalMessages", box.messageCount())
                .put("historyId", box.historyId()));
      }
      case "POST expire-history" -> {
        box.expireHistory();
        yield ApiResponse.ok(Json.object().put("historyId", box.historyId()));
      }
      case "GET sent" -> {
        ObjectNode out = Json.object();
        var sent = out.putArray("sent");
        box.sent()
            .forEach(
                s ->
                    sent.addObject()
                        .put("id", s.id())
                        .put("threadId", s.threadId())
                        .put("raw", Base64.getUrlEncoder().encodeToString(s.raw())));
        yield ApiResponse.ok(out);
      }
      default ->
          ApiResponse.json(
              404,
              Json.object()
                  .put("error", "No admin endpoint " + request.method() + " " + request.path()));
    };
  }

  /** "gmail" (the default, also batch requests) or "calendar". */
  private FakeFaults faults(String api) {
    if (api == null || api.equals("gmail")) {
      return server.faults();
    }
    if (api.equals("calendar")) {
      return server.calendarFaults();
    }
    throw new IllegalArgumentException("Unknown api " + api + "; gmail or calendar");
  }

  static String required(JsonNode body, String field) {
    String value = Json.text(body, field);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing field " + field);
    }
    return value;
  }
}
