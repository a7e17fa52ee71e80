package dk.renos.quote.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What quote-service keeps of a customer to write and address a quote: name, email, street address
 * (from {@code CustomerCreated}). <b>Personal data</b>: never logged; erased with the customer. No
 * phone number: the quote does not need it.
 */
@Entity
@Table(name = "customer_contact")
public class CustomerContact {

  @Id
  @Column(name = "customer_id")
  private UUID customerId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 320)
  private String email;

  @Column(length = 300)
  private String address;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CustomerContact() {}

  public CustomerContact(
      UUID customerId, String name, String email, String address, Instant updatedAt) {
    this.customerId = customerId;
    this.name = name;
    this.email = email;
    this.address = address;
    this.updatedAt = updatedAt;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getAddress() {
    return address;
  }

  /** The first word of the name, for "Hej Camilla". */
  public String firstName() {
    String trimmed = name.strip();
    int space = trimmed.indexOf(' ');
    return space < 0 ? trimmed : trimmed.substring(0, space);
  }

  /** The street part of the address ("Skovvejen 9A" of "Skovvejen 9A, 8000 Aarhus C"), or null. */
  public String street() {
    if (address == null || address.isBlank()) {
      return null;
    }
    int comma = address.indexOf(',');
    return (comma < 0 ? address : address.substring(0, comma)).strip();
  }
}
