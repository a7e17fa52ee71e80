package dk.renos.gateway.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * quote-service as the approval screen sees it, for the browser test: one drafted quote that a
 * PATCH of its lines re-bills (349 kr. per person-hour), a preview whose body follows the lines,
 * the change history, and approval to APPROVED with the dry-run note. Shaped as
 * docs/openapi/quote-service.json says; it records every request with its body.
 */
final class QuoteServiceStandIn implements AutoCloseable {

  static final String QUOTE_ID = "22222222-0000-4000-8000-00000000e2e1";
  static final long ORE_PER_PERSON_HOUR = 34_900;

  record Received(String method, String path, String authorization, String body) {}

  private final JsonMapper json = JsonMapper.builder().build();
  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final ArrayNode changes = json.createArrayNode();
  private ObjectNode quote;

  private QuoteServiceStandIn(HttpServer server) {
    this.server = server;
    this.quote = draft();
  }

  static QuoteServiceStandIn start() {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      QuoteServiceStandIn standIn = new QuoteServiceStandIn(http);
      http.createContext("/", standIn::handle);
      http.start();
      return standIn;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Received> received() {
    return received;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    received.add(
        new Received(method, path, exchange.getRequestHeaders().getFirst("Authorization"), body));
    String quotePath = "/api/quotes/" + QUOTE_ID;
    JsonNode answer;
    if (path.equals("/api/quotes")) {
      answer = page(json.createArrayNode().add(quote));
    } else if (path.equals(quotePath) && method.equals("PATCH")) {
      answer = edit(json.readTree(body));
    } else if (path.equals(quotePath)) {
      answer = quote;
    } else if (path.equals(quotePath + "/preview")) {
      answer = preview();
    } else if (path.equals(quotePath + "/changes")) {
      answer = page(changes);
    } else if (path.equals(quotePath + "/approve") && method.equals("POST")) {
      answer = approve();
    } else {
      answer = page(json.createArrayNode());
    }
    byte[] bytes = json.writeValueAsBytes(answer);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private ObjectNode draft() {
    ObjectNode draft =
        (ObjectNode)
            json.readTree(
                """
                {"id": "%s", "status": "DRAFTED", "serviceType": "MOVE_OUT", "customerKind": "PRIVATE",
                 "areaSqm": 78, "addOns": [], "persons": 2, "hoursOnSite": 3, "visitMinutes": 180,
                 "duplicateWarning": false, "explanation": [],
                 "createdAt": "2026-03-24T07:15:05Z", "updatedAt": "2026-03-24T07:15:05Z",
                 "lines": [{"kind": "SERVICE", "description": "Flytterengøring", "persons": 2, "hours": 3}]}
                """
                    .formatted(QUOTE_ID));
    bill(draft);
    return draft;
  }

  private JsonNode edit(JsonNode change) {
    ObjectNode before = quote.deepCopy();
    if (change.has("lines")) {
      ArrayNode lines = json.createArrayNode();
      change.get("lines").forEach(line -> lines.add(line.deepCopy()));
      quote.set("lines", lines);
    }
    bill(quote);
    quote.put("updatedAt", "2026-03-24T08:00:00Z");
    changes.add(
        json.createObjectNode()
            .put("id", "c" + changes.size())
            .put("changedBy", "staff")
            .put("changedAt", "2026-03-24T08:00:00Z")
            .<ObjectNode>set("before", before)
            .set("after", quote.deepCopy()));
    return quote;
  }

  private void bill(ObjectNode quote) {
    long total = 0;
    for (JsonNode line : quote.get("lines")) {
      long amount =
          new BigDecimal(line.get("hours").asString())
              .multiply(BigDecimal.valueOf(line.get("persons").asInt() * ORE_PER_PERSON_HOUR))
              .longValueExact();
      ((ObjectNode) line).put("amountOre", amount);
      total += amount;
    }
    quote.put("priceInclVatOre", total).put("vatOre", total / 5);
  }

  private JsonNode preview() {
    StringBuilder body = new StringBuilder("Kære kunde\n\n");
    for (JsonNode line : quote.get("lines")) {
      body.append(
          "%s: %d kr.%n"
              .formatted(line.get("description").asString(), line.get("amountOre").asLong() / 100));
    }
    return json.createObjectNode()
        .put("quoteId", QUOTE_ID)
        .put("status", quote.get("status").asString())
        .put("to", "kunde@example.com")
        .put("callCustomer", false)
        .put("subject", "Tilbud på flytterengøring - Testvej 1")
        .put("body", body.toString())
        .put("slotsOffered", true)
        .put("textSource", "TEMPLATE")
        .put("preparedAt", "2026-03-24T08:00:00Z");
  }

  private JsonNode approve() {
    quote
        .put("status", "APPROVED")
        .put("approvedBy", "staff")
        .put("approvedAt", "2026-03-24T08:05:00Z")
        .put(
            "sendingNote",
            "Godkendt og sendt videre til afsendelse. Mailen er ikke sendt: afsendelse er slået fra"
                + " (dry-run).");
    return quote;
  }

  private ObjectNode page(ArrayNode content) {
    ObjectNode page = json.createObjectNode();
    page.set("content", content);
    page.putObject("page")
        .put("size", 100)
        .put("number", 0)
        .put("totalElements", content.size())
        .put("totalPages", content.isEmpty() ? 0 : 1);
    return page;
  }
}
