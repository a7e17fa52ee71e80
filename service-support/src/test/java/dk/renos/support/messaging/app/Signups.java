package dk.renos.support.messaging.app;

import dk.renos.events.customer.CustomerCreated;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The application service: state change and event in one transaction. */
@Service
public class Signups {

  private final SignupRepository signups;
  private final ApplicationEventPublisher events;

  Signups(SignupRepository signups, ApplicationEventPublisher events) {
    this.signups = signups;
    this.events = events;
  }

  @Transactional
  public UUID signUp(UUID id, String name, boolean failAfterPublishing) {
    signups.save(new Signup(id, name));
    events.publishEvent(
        new CustomerCreated(
            id,
            name,
            name.toLowerCase() + "@example.dk",
            "+4522334455",
            "Skovvejen 9A, 8000 Aarhus C",
            Instant.parse("2026-11-22T08:00:00Z")));
    if (failAfterPublishing) {
      throw new IllegalStateException("rolled back on purpose");
    }
    return id;
  }
}
