package dk.renos.email.outgoing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code renos.email.outgoing{status}}: outgoing emails by the status they reached. {@code PENDING}
 * counts new requests; the others count rows reaching that final status. Every series exists from
 * the start (at 0).
 */
@Component
class OutgoingMetrics {

  private final Map<OutgoingStatus, Counter> counters = new EnumMap<>(OutgoingStatus.class);

  OutgoingMetrics(MeterRegistry meters) {
    for (OutgoingStatus status : OutgoingStatus.values()) {
      counters.put(
          status,
          Counter.builder("renos.email.outgoing")
              .description("Outgoing emails: requests (PENDING) and the final status each reached")
              .tag("status", status.name())
              .register(meters));
    }
  }

  void count(OutgoingStatus status) {
    counters.get(status).increment();
  }
}
