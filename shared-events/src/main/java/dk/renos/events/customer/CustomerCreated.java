package dk.renos.events.customer;

import dk.renos.events.Nullable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by lead-service when a lead's customer was not found and has been created; never for a
 * customer matched by the duplicate guard. Key: {@code customerId}.
 *
 * <p><b>Personal data.</b> Subscribers that store any of these fields must honour a GDPR erasure of
 * the customer and must not log them.
 *
 * @param customerId the customer; the Kafka key
 * @param name full name as the customer wrote it
 * @param email email address, {@code null} when only a phone number is known
 * @param phone phone number, normalised to {@code +45XXXXXXXX} for Danish numbers, or {@code null}
 * @param address street address, e.g. "Skovvejen 9A, 8000 Aarhus C", or {@code null}
 * @param createdAt when RenOS created the customer
 */
public record CustomerCreated(
    UUID customerId,
    String name,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String address,
    Instant createdAt) {

  public CustomerCreated {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
