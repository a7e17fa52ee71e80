package dk.renos.email.thread;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EmailThreadRepository
    extends JpaRepository<EmailThread, UUID>, JpaSpecificationExecutor<EmailThread> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select t from EmailThread t where t.gmailThreadId = ?1")
  java.util.List<EmailThread> findByGmailThreadIdForUpdate(String gmailThreadId);

  /** The thread, locked until the transaction ends, so concurrent messages do not lose a count. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select t from EmailThread t where t.id = ?1")
  Optional<EmailThread> findForUpdate(UUID id);
}
