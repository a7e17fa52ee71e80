package dk.renos.lead.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A (prospective) customer. Contact details are personal data: never log them. */
@Entity
@Table(name = "customer")
public class Customer {

  @Id private UUID id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 320)
  private String email;

  @Column(length = 40)
  private String phone;

  @Column(length = 500)
  private String address;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Customer() {}

  public Customer(String name, String email, String phone, String address, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.email = email;
    this.phone = phone;
    this.address = address;
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getAddress() {
    return address;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "Customer[" + id + "]";
  }
}
