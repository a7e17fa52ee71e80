package dk.renos.email.gmail.connection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GmailConnectionRepository extends JpaRepository<GmailConnection, UUID> {

  Optional<GmailConnection> findByMailbox(String mailbox);

  List<GmailConnection> findAllByOrderByCreatedAtAsc();

  List<GmailConnection> findByStatus(ConnectionStatus status);

  long countByStatus(ConnectionStatus status);
}
