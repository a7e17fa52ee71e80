package dk.renos.email.gmail.connection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code renos_gmail_connections{status=...}}: how many mailboxes are connected and how many need a
 * person to reconnect them, read from the database so every replica reports the same.
 */
@Component
class ConnectionMetrics {

  ConnectionMetrics(GmailConnectionRepository connections, MeterRegistry meters) {
    for (ConnectionStatus status : ConnectionStatus.values()) {
      Gauge.builder(
              "renos.gmail.connections",
              connections,
              repository -> repository.countByStatus(status))
          .tag("status", status.name())
          .description("Gmail mailboxes by connection status")
          .register(meters);
    }
  }
}
