package dk.renos.lead.customer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, UUID> {

  /** Uses the unique index on {@code lower(email)}. */
  @Query("select c from Customer c where lower(c.email) = lower(:email)")
  Optional<Customer> findByEmailIgnoringCase(@Param("email") String email);

  /** Oldest first: when several customers share a phone, the first one known wins. */
  List<Customer> findByPhoneOrderByCreatedAtAscIdAsc(String phone);
}
