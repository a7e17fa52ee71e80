package dk.renos.lead.intake;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadRepository extends JpaRepository<Lead, UUID> {

  Optional<Lead> findByEmailMessageId(UUID emailMessageId);
}
