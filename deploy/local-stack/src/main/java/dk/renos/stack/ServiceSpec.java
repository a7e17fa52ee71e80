package dk.renos.stack;

import java.util.List;

/**
 * One RenOS service as the launcher runs it.
 *
 * @param name module folder and component name
 * @param portEnv environment variable that moves its port
 * @param defaultPort port used when that variable is unset
 * @param urlEnv variable through which the gateway and monitoring find it (null for the gateway)
 */
public record ServiceSpec(String name, String portEnv, int defaultPort, String urlEnv) {

  /** Start order is also the table order; the gateway is last because it fronts the rest. */
  public static final List<ServiceSpec> ALL =
      List.of(
          new ServiceSpec(
              "email-ingest-service", "RENOS_EMAIL_INGEST_PORT", 8081, "RENOS_EMAIL_INGEST_URL"),
          new ServiceSpec("lead-service", "RENOS_LEAD_PORT", 8082, "RENOS_LEAD_URL"),
          new ServiceSpec("quote-service", "RENOS_QUOTE_PORT", 8083, "RENOS_QUOTE_URL"),
          new ServiceSpec("booking-service", "RENOS_BOOKING_PORT", 8084, "RENOS_BOOKING_URL"),
          new ServiceSpec("chat-service", "RENOS_CHAT_PORT", 8085, "RENOS_CHAT_URL"),
          new ServiceSpec(
              "monitoring-service", "RENOS_MONITORING_PORT", 8086, "RENOS_MONITORING_URL"),
          new ServiceSpec("gateway-service", "RENOS_GATEWAY_PORT", 8080, "RENOS_GATEWAY_URL"));

  public static ServiceSpec named(String name) {
    return ALL.stream()
        .filter(s -> s.name.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
  }
}
