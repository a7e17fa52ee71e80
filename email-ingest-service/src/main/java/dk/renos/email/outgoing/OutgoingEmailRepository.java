package dk.renos.email.outgoing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutgoingEmailRepository extends JpaRepository<OutgoingEmail, UUID> {

  Optional<OutgoingEmail> findByCommandId(UUID commandId);

  /**
   * The PENDING row due longest, locked until the transaction ends; a row another replica holds is
   * skipped, so two replicas never work on one row.
   */
  @Query(
      nativeQuery = true,
      value =
          """
      select * from outgoing_email
       where status = 'PENDING' and next_attempt_at <= ?1
       order by next_attempt_at, created_at
       limit 1
         for update skip locked""")
  Optional<OutgoingEmail> lockNextDue(Instant now);

  /**
   * This row if it is still PENDING and no one else holds it, locked until the transaction ends.
   */
  @Query(
      nativeQuery = true,
      value =
          """
      select * from outgoing_email where id = ?1 and status = 'PENDING' for update skip locked""")
  Optional<OutgoingEmail> lockPending(UUID id);

  /** This row, waiting for whoever holds it. */
  @Query(nativeQuery = true, value = "select * from outgoing_email where id = ?1 for update")
  Optional<OutgoingEmail> lock(UUID id);
}
