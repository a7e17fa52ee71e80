package dk.renos.monitoring.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessProbeTests {

  private HttpServer server;
  private URI base;
  private final ReadinessProbe probe =
      new ReadinessProbe(Duration.ofMillis(500), Clock.systemUTC());

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    answer("/up", 200, "{\"status\":\"UP\",\"components\":{\"db\":{\"status\":\"UP\"}}}");
    answer("/down", 503, "{\"status\":\"DOWN\"}");
    answer("/out", 200, "{\"status\":\"OUT_OF_SERVICE\"}");
    answer("/plain", 200, "ok");
    answer("/error", 500, "boom");
    server.createContext(
        "/slow" + ReadinessProbe.READINESS_PATH,
        exchange -> {
          try {
            Thread.sleep(2_000);
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(String prefix, int status, String body) {
    server.createContext(
        prefix + ReadinessProbe.READINESS_PATH,
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
  }

  private ServiceCheck check(String prefix) {
    return probe.check("svc", URI.create(base + prefix));
  }

  @Test
  void upWhenReadinessAnswers200Up() {
    ServiceCheck check = check("/up");
    assertThat(check.getStatus()).isEqualTo(ServiceStatus.UP);
    assertThat(check.getDetail()).isEqualTo("HTTP 200 UP");
    assertThat(check.getService()).isEqualTo("svc");
    assertThat(check.getLatencyMs()).isGreaterThanOrEqualTo(0);
    assertThat(check.getCheckedAt()).isNotNull();
  }

  @Test
  void upWhen2xxWithoutAStatus() {
    assertThat(check("/plain").getStatus()).isEqualTo(ServiceStatus.UP);
  }

  @Test
  void downWhen503() {
    ServiceCheck check = check("/down");
    assertThat(check.getStatus()).isEqualTo(ServiceStatus.DOWN);
    assertThat(check.getDetail()).isEqualTo("HTTP 503 DOWN");
  }

  @Test
  void downWhenTheBodySaysSoDespite200() {
    assertThat(check("/out").getStatus()).isEqualTo(ServiceStatus.DOWN);
  }

  @Test
  void downOnServerError() {
    assertThat(check("/error").getDetail()).isEqualTo("HTTP 500");
    assertThat(check("/error").getStatus()).isEqualTo(ServiceStatus.DOWN);
  }

  @Test
  void downOn404() {
    assertThat(check("/missing").getStatus()).isEqualTo(ServiceStatus.DOWN);
  }

  @Test
  void downWithinTheTimeoutWhenTheServiceHangs() {
    ServiceCheck check = check("/slow");
    assertThat(check.getStatus()).isEqualTo(ServiceStatus.DOWN);
    assertThat(check.getLatencyMs()).isLessThan(1_500);
  }

  @Test
  void downWhenNothingListens() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ServiceCheck check = probe.check("svc", URI.create("http://127.0.0.1:" + port));
    assertThat(check.getStatus()).isEqualTo(ServiceStatus.DOWN);
    assertThat(check.getDetail()).contains("Connect");
  }
}
