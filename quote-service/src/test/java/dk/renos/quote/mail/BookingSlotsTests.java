package dk.renos.quote.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The slot client against a local HTTP stub of booking-service's contract. */
class BookingSlotsTests {

  private HttpServer server;
  private final AtomicReference<String> query = new AtomicReference<>();

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void theFirstFiveSlotsForTheVisitLengthAreOffered() throws IOException {
    StringBuilder slots = new StringBuilder();
    for (int day = 7; day <= 13; day++) {
      if (!slots.isEmpty()) {
        slots.append(',');
      }
      slots.append(
          "{\"start\":\"2026-12-%02dT07:00:00Z\",\"end\":\"2026-12-%02dT09:00:00Z\",\"teamId\":\"team-1\"}"
              .formatted(day, day));
    }
    serve(200, "{\"minutes\":120,\"slots\":[" + slots + "]}", 0);

    List<Slot> offered = client(Duration.ofSeconds(15)).freeSlots(120).orElseThrow();

    assertThat(query.get()).isEqualTo("minutes=120");
    assertThat(offered).hasSize(5);
    assertThat(offered.getFirst())
        .isEqualTo(
            new Slot(
                Instant.parse("2026-12-07T07:00:00Z"),
                Instant.parse("2026-12-07T09:00:00Z"),
                "team-1"));
  }

  @Test
  void offsetTimesAreReadAsTheInstantsTheyAre() throws IOException {
    serve(
        200,
        "{\"minutes\":90,\"slots\":[{\"start\":\"2026-12-07T08:00:00+01:00\","
            + "\"end\":\"2026-12-07T09:30:00+01:00\",\"teamId\":null}]}",
        0);

    assertThat(client(Duration.ofSeconds(15)).freeSlots(90).orElseThrow())
        .containsExactly(
            new Slot(
                Instant.parse("2026-12-07T07:00:00Z"),
                Instant.parse("2026-12-07T08:30:00Z"),
                null));
  }

  @Test
  void anErrorStatusAGarbledBodyOrASlowAnswerMeansNoSlots() throws IOException {
    serve(503, "{}", 0);
    assertThat(client(Duration.ofSeconds(15)).freeSlots(120)).isEmpty();
    stop();

    serve(200, "not json", 0);
    assertThat(client(Duration.ofSeconds(15)).freeSlots(120)).isEmpty();
    stop();

    serve(200, "{\"minutes\":120,\"slots\":[]}", 20_000);
    long started = System.nanoTime();
    assertThat(client(Duration.ofMillis(500)).freeSlots(120)).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void anUnreachableBookingServiceMeansNoSlots() {
    BookingSlots client =
        new BookingSlots(
            RestClient.builder().baseUrl("http://127.0.0.1:1"),
            new MailSettings(null, "http://127.0.0.1:1", Duration.ofMillis(500), null, null, null));

    assertThat(client.freeSlots(120)).isEmpty();
  }

  private BookingSlots client(Duration timeout) {
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    return new BookingSlots(
        RestClient.builder().baseUrl(url), new MailSettings(null, url, timeout, null, null, null));
  }

  private void serve(int status, String body, long delayMillis) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/bookings/slots",
        exchange -> {
          query.set(exchange.getRequestURI().getQuery());
          try {
            Thread.sleep(delayMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }
}
