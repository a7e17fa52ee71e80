package dk.renos.monitoring.check;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Calls {@code <base url>/actuator/health/readiness} and maps the answer: 2xx with status UP (or no
 * status) is UP; any other HTTP status, a non-UP status in the body, a timeout or a connection
 * error is DOWN, with the reason as detail.
 */
public class ReadinessProbe {

  static final String READINESS_PATH = "/actuator/health/readiness";
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

  private final RestClient http;
  private final Clock clock;

  public ReadinessProbe(Duration timeout, Clock clock) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
    JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(client);
    requestFactory.setReadTimeout(timeout);
    this.http = RestClient.builder().requestFactory(requestFactory).build();
    this.clock = clock;
  }

  public ServiceCheck check(String service, URI baseUrl) {
    URI url = URI.create(baseUrl.toString().replaceAll("/+$", "") + READINESS_PATH);
    Instant start = clock.instant();
    long startNanos = System.nanoTime();
    ServiceStatus status;
    String detail;
    try {
      Outcome outcome =
          http.get()
              .uri(url)
              .exchange(
                  (request, response) -> {
                    HttpStatusCode code = response.getStatusCode();
                    String body =
                        new String(
                            response.getBody().readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8);
                    return new Outcome(code, reportedStatus(body));
                  });
      boolean up =
          outcome.code().is2xxSuccessful()
              && (outcome.reported() == null || "UP".equals(outcome.reported()));
      status = up ? ServiceStatus.UP : ServiceStatus.DOWN;
      detail =
          "HTTP "
              + outcome.code().value()
              + (outcome.reported() != null ? " " + outcome.reported() : "");
    } catch (RuntimeException ex) {
      status = ServiceStatus.DOWN;
      Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
      detail =
          cause.getClass().getSimpleName()
              + (cause.getMessage() != null ? ": " + cause.getMessage() : "");
    }
    long latencyMs = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    return new ServiceCheck(service, baseUrl.toString(), status, latencyMs, detail, start);
  }

  private static String reportedStatus(String body) {
    Matcher matcher = STATUS.matcher(body);
    return matcher.find() ? matcher.group(1) : null;
  }

  private record Outcome(HttpStatusCode code, String reported) {}
}
