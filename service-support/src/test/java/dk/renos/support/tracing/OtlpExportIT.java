package dk.renos.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dk.renos.support.messaging.app.MessagingTestApplication;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.WithRealInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With {@code OTEL_EXPORTER_OTLP_ENDPOINT} set, a service sends its spans to that collector over
 * OTLP/HTTP; here the collector is a local HTTP server recording what arrives at /v1/traces.
 */
@SpringBootTest(
    classes = MessagingTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.application.name=otlp-test",
      "renos.service.schema=otlp_test",
      "spring.flyway.locations=classpath:messaging-app/db/migration,classpath:db/renos-messaging",
      "management.opentelemetry.tracing.export.schedule-delay=200ms"
    })
@WithRealInfrastructure
class OtlpExportIT {

  record Export(String path, String contentType, int bytes) {}

  static final List<Export> exports = new CopyOnWriteArrayList<>();
  static final HttpServer collector = startCollector();

  static {
    // Read like the real environment variable, by the post-processor that runs before any test
    // property source exists; removed again after this class.
    System.setProperty(
        "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + collector.getAddress().getPort());
  }

  @AfterAll
  static void stopCollector() {
    System.clearProperty("OTEL_EXPORTER_OTLP_ENDPOINT");
    collector.stop(0);
  }

  @LocalServerPort int port;

  @Test
  void spansOfAHandledRequestReachTheCollector() throws Exception {
    ServiceHttp.on(port).as(Role.OWNER).get("/api/admin/dead-letters/otlp-test");

    long deadline = System.nanoTime() + 20_000_000_000L;
    while (exports.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(exports)
        .as("OTLP exports received")
        .isNotEmpty()
        .allSatisfy(
            export -> {
              assertThat(export.path()).isEqualTo("/v1/traces");
              assertThat(export.contentType()).isEqualTo("application/x-protobuf");
              assertThat(export.bytes()).isPositive();
            });
  }

  private static HttpServer startCollector() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            exports.add(
                new Export(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    body.length));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
