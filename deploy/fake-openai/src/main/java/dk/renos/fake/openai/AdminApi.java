package dk.renos.fake.openai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * /_fake/...: the Java controls over HTTP, for a server running as its own process (./renos
 * fake-openai) or driven from another language. Not OpenAI; no key, no faults, not recorded. A bad
 * control request answers 400 {"error": "..."}. The bodies are described in the module's README.
 */
final class AdminApi {
  private final FakeOpenAiServer server;

  AdminApi(FakeOpenAiServer server) {
    this.server = server;
  }

  HttpAnswer handle(HttpIo.Incoming request) {
    try {
      return route(request);
    } catch (IllegalArgumentException e) {
      return HttpAnswer.json(400, Json.object().put("error", e.getMessage()));
    }
  }

  private HttpAnswer route(HttpIo.Incoming request) {
    String route = request.method() + " " + request.path().replaceAll("/+$", "");
    return switch (route) {
      case "POST /_fake/script" -> addRules(body(request));
      case "GET /_fake/script" -> HttpAnswer.ok(rules());
      case "DELETE /_fake/script" -> {
        server.script().clear();
        yield HttpAnswer.noContent();
      }
      case "POST /_fake/faults" -> addFaults(body(request));
      case "POST /_fake/faults/release-hangs" -> {
        server.faults().releaseHangs();
        yield HttpAnswer.noContent();
      }
      case "DELETE /_fake/faults" -> {
        server.faults().clear();
        yield HttpAnswer.noContent();
      }
      case "GET /_fake/requests" -> HttpAnswer.ok(requests());
      case "POST /_fake/reset" -> {
        server.reset();
        yield HttpAnswer.noContent();
      }
      case "POST /_fake/api-keys" -> {
        server.acceptApiKey(required(body(request), "apiKey"));
        yield HttpAnswer.noContent();
      }
      case "POST /_fake/models" -> {
        server.addModel(required(body(request), "id"));
        yield HttpAnswer.noContent();
      }
      case "GET /_fake/stats" ->
          HttpAnswer.ok(
              Json.object()
                  .put("requests", server.requests().size())
                  .put("pendingRules", server.script().pending().size())
                  .put("pendingFaults", server.faults().pending())
                  .put("faultsServed", server.faults().served()));
      default ->
          HttpAnswer.json(
              404,
              Json.object()
                  .put("error", "No control endpoint " + request.method() + " " + request.path()));
    };
  }

  /** One rule object or an array of them; all are checked before any is added. */
  private HttpAnswer addRules(JsonNode body) {
    List<JsonNode> items = new ArrayList<>();
    if (body.isArray()) {
      body.forEach(items::add);
    } else {
      items.add(body);
    }
    record Parsed(JsonNode json, Match match, Reply reply) {}
    List<Parsed> parsed = new ArrayList<>();
    for (JsonNode item : items) {
      if (!item.isObject()) {
        throw new IllegalArgumentException("A rule must be a JSON object");
      }
      parsed.add(new Parsed(item, Match.fromJson(item.get("match")), reply(item.path("reply"))));
    }
    for (Parsed p : parsed) {
      JsonNode matchJson = p.json().get("match");
      String description = matchJson == null ? "any" : Json.string(matchJson);
      FakeScript.When when = server.script().when(p.match(), description);
      if (p.json().path("always").asBoolean(false)) {
        when.always(p.reply());
      } else {
        when.times(p.json().path("times").asInt(1), p.reply());
      }
    }
    return HttpAnswer.ok(Json.object().put("added", parsed.size()).set("script", rules()));
  }

  /**
   * {"text": ...} | {"json": any} | {"toolCalls": [{"name", "arguments", "id"?}]}, + finishReason.
   */
  static Reply reply(JsonNode json) {
    if (!json.isObject()) {
      throw new IllegalArgumentException("reply must be an object with text, json or toolCalls");
    }
    Reply reply;
    if (json.has("text")) {
      reply = Reply.text(json.get("text").asString());
    } else if (json.has("json")) {
      JsonNode value = json.get("json");
      reply = value.isString() ? Reply.json(value.asString()) : Reply.json(value);
    } else if (json.has("toolCalls")) {
      List<ToolCall> calls = new ArrayList<>();
      for (JsonNode call : json.get("toolCalls")) {
        String name = required(call, "name");
        JsonNode args = call.get("arguments");
        String arguments =
            args == null || args.isNull()
                ? "{}"
                : args.isString() ? args.asString() : Json.string(args);
        Json.parse(arguments);
        calls.add(new ToolCall(Json.text(call, "id"), name, arguments));
      }
      reply = Reply.toolCalls(calls.toArray(ToolCall[]::new));
    } else {
      throw new IllegalArgumentException("reply needs one of text, json, toolCalls");
    }
    String finish = Json.text(json, "finishReason");
    return finish == null ? reply : reply.withFinishReason(finish);
  }

  private HttpAnswer addFaults(JsonNode body) {
    FakeFaults faults = server.faults();
    String type = Json.text(body, "type");
    int count = body.path("count").asInt(1);
    switch (type == null ? "error" : type) {
      case "error" -> {
        long retryAfter = body.path("retryAfterSeconds").asLong(-1);
        faults.failNext(
            count,
            body.path("status").asInt(500),
            retryAfter < 0 ? null : Duration.ofSeconds(retryAfter));
      }
      case "hang" -> faults.hangNext(count);
      case "breakStream" -> faults.breakNextStream(count, body.path("afterChunks").asInt(1));
      case "chunkDelay" -> faults.chunkDelay(Duration.ofMillis(body.path("millis").asLong(0)));
      case "responseDelay" ->
          faults.responseDelay(Duration.ofMillis(body.path("millis").asLong(0)));
      default ->
          throw new IllegalArgumentException(
              "Unknown fault type "
                  + type
                  + "; one of error, hang, breakStream, chunkDelay, responseDelay");
    }
    return HttpAnswer.ok(Json.object().put("pendingFaults", faults.pending()));
  }

  private ObjectNode rules() {
    ObjectNode root = Json.object();
    ArrayNode rules = root.putArray("rules");
    for (FakeScript.PendingRule rule : server.script().pending()) {
      ObjectNode r = rules.addObject();
      r.put("id", rule.id());
      r.put("match", rule.match());
      if (rule.usesLeft() == Integer.MAX_VALUE) {
        r.put("always", true);
      } else {
        r.put("usesLeft", rule.usesLeft());
      }
      r.set("reply", replyJson(rule.reply()));
    }
    return root;
  }

  private static ObjectNode replyJson(Reply reply) {
    ObjectNode out = Json.object();
    out.put("content", reply.content());
    ArrayNode calls = out.putArray("toolCalls");
    for (ToolCall call : reply.toolCalls()) {
      calls
          .addObject()
          .put("id", call.id())
          .put("name", call.name())
          .put("arguments", call.arguments());
    }
    out.put("finishReason", reply.effectiveFinishReason());
    return out;
  }

  private ObjectNode requests() {
    ObjectNode root = Json.object();
    ArrayNode list = root.putArray("requests");
    for (RecordedRequest r : server.requests()) {
      ObjectNode item = list.addObject();
      item.put("sequence", r.sequence());
      item.put("receivedAt", r.receivedAt().toString());
      item.put("method", r.method());
      item.put("path", r.path());
      ObjectNode headers = item.putObject("headers");
      r.headers().forEach(headers::put);
      try {
        item.set("body", r.body().isEmpty() ? Json.NODES.nullNode() : Json.parse(r.body()));
      } catch (IllegalArgumentException notJson) {
        item.put("body", r.body());
      }
      item.put("status", r.status());
      item.put("outcome", r.outcome());
    }
    return root;
  }

  private static JsonNode body(HttpIo.Incoming request) {
    if (request.body().isBlank()) {
      return Json.object();
    }
    return Json.parse(request.body());
  }

  private static String required(JsonNode body, String field) {
    String value = Json.text(body, field);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing field " + field);
    }
    return value;
  }
}
