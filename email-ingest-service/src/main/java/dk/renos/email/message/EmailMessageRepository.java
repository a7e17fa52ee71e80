package dk.renos.email.message;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailMessageRepository extends JpaRepository<EmailMessage, UUID> {

  Optional<EmailMessage> findByMessageId(String messageId);
}
