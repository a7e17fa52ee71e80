package dk.renos.quote.customer;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerContacts extends JpaRepository<CustomerContact, UUID> {}
