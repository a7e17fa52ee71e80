package dk.renos.email.message;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailMessageRepository extends JpaRepository<EmailMessage, UUID> {

  Optional<EmailMessage> findByMessageId(String messageId);

  List<EmailMessage> findByMessageIdIn(Collection<String> messageIds);

  /** The earliest stored reply to {@code messageId} (a reply can arrive before the message it answers). */
  Optional<EmailMessage> findFirstByInReplyToOrderByReceivedAtAsc(String messageId);

  long countByThreadId(UUID threadId);
}
