package dk.renos.lead.customer;

import dk.renos.events.customer.CustomerCreated;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer 360's entry point for new leads: the customer is found by e-mail (case-insensitively),
 * else by normalised phone, else created, and then (only then) {@link CustomerCreated} is published
 * through the outbox. An existing customer's details are not changed by a later lead.
 */
@Service
public class Customers {

  /** Name of a customer whose lead did not say (a Danish office reads it). */
  static final String UNKNOWN_NAME = "Ukendt";

  private final CustomerRepository customers;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Customers(CustomerRepository customers, ApplicationEventPublisher events, Clock clock) {
    this.customers = customers;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public CustomerMatch findOrCreate(ContactDetails contact) {
    Optional<Customer> existing = find(contact);
    if (existing.isPresent()) {
      return new CustomerMatch(existing.get().getId(), false);
    }
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    String name =
        contact.name() == null || contact.name().isBlank() ? UNKNOWN_NAME : contact.name();
    Customer customer =
        customers.save(
            new Customer(name, contact.email(), contact.phone(), contact.address(), now));
    events.publishEvent(
        new CustomerCreated(
            customer.getId(),
            customer.getName(),
            customer.getEmail(),
            customer.getPhone(),
            customer.getAddress(),
            customer.getCreatedAt()));
    return new CustomerMatch(customer.getId(), true);
  }

  private Optional<Customer> find(ContactDetails contact) {
    if (contact.email() != null) {
      Optional<Customer> byEmail = customers.findByEmailIgnoringCase(contact.email());
      if (byEmail.isPresent()) {
        return byEmail;
      }
    }
    if (contact.phone() != null) {
      return customers.findByPhoneOrderByCreatedAtAscIdAsc(contact.phone()).stream().findFirst();
    }
    return Optional.empty();
  }

  /** The customer of a lead, and whether it was created for it. */
  public record CustomerMatch(UUID customerId, boolean created) {}
}
