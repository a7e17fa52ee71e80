package dk.renos.email.message;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EmailMessageRepository extends JpaRepository<EmailMessage, UUID> {

  Optional<EmailMessage> findByMessageId(String messageId);

  List<EmailMessage> findByMessageIdIn(Collection<String> messageIds);

  /**
   * The earliest stored reply to {@code messageId} (a reply can arrive before the message it
   * answers).
   */
  Optional<EmailMessage> findFirstByInReplyToOrderByReceivedAtAsc(String messageId);

  long countByThreadId(UUID threadId);

  List<EmailMessage> findByThreadIdOrderByReceivedAtAscIdAsc(UUID threadId);

  /** Which of {@code gmailIds} are stored already. */
  @Query("select m.gmailId from EmailMessage m where m.gmailId in ?1")
  List<String> findStoredGmailIds(Collection<String> gmailIds);

  /** Every Gmail id stored for a connection, for reconciliation. */
  @Query("select m.gmailId from EmailMessage m where m.connectionId = ?1 and m.gmailId is not null")
  List<String> findGmailIdsByConnection(UUID connectionId);

  @Modifying
  @Query(
      "update EmailMessage m set m.deletedInGmailAt = ?2 where m.gmailId in ?1 and m.deletedInGmailAt is null")
  int markDeletedInGmail(Collection<String> gmailIds, java.time.Instant at);

  @Modifying
  @Query("update EmailMessage m set m.labelIds = ?2 where m.gmailId = ?1")
  int updateLabels(String gmailId, List<String> labelIds);
}
