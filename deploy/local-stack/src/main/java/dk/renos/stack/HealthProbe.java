package dk.renos.stack;

import dk.renos.infra.KafkaServer;
import dk.renos.infra.Ports;
import dk.renos.infra.PostgresServer;
import dk.renos.infra.RedisServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks each kind of component whether it is usable, not merely running. */
final class HealthProbe {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final StackConfig config;

  HealthProbe(StackConfig config) {
    this.config = config;
  }

  /** Null when healthy, otherwise a short reason. */
  String problem(String component, int port) {
    return switch (component) {
      case PostgresServer.NAME ->
          PostgresServer.canConnect(
                  port,
                  config.infra().dbUser(),
                  config.infra().dbPassword(),
                  PostgresServer.DATABASE)
              ? null
              : "does not accept logins";
      case KafkaServer.NAME -> Ports.isListening(port) ? null : "broker port closed";
      case RedisServer.NAME -> RedisServer.ping(port) ? null : "no PONG";
      default -> serviceProblem(port);
    };
  }

  private static String serviceProblem(int port) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(3))
            .GET()
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
        return null;
      }
      return "readiness " + response.statusCode();
    } catch (IOException e) {
      return "not answering";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
