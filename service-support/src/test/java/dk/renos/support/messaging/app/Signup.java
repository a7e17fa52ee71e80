package dk.renos.support.messaging.app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The producing side's state: one row per signup, committed together with its event. */
@Entity
@Table(name = "signup")
public class Signup {

  @Id private UUID id;
  private String name;

  protected Signup() {}

  public Signup(UUID id, String name) {
    this.id = id;
    this.name = name;
  }

  public UUID getId() {
    return id;
  }
}
