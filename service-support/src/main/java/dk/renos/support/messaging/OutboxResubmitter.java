package dk.renos.support.messaging;

import dk.renos.support.jdbc.AdvisoryLocks;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends again what the outbox committed but Kafka never acknowledged (the process died, or the
 * broker was away). Runs on a schedule in every replica, but a PostgreSQL advisory lock lets only
 * one replica resubmit at a time: "republish everything on restart" in each replica would send
 * every outstanding event once per replica.
 */
public class OutboxResubmitter {

  private static final Logger log = LoggerFactory.getLogger(OutboxResubmitter.class);

  private final IncompleteEventPublications publications;
  private final AdvisoryLocks locks;
  private final TransactionTemplate transactions;
  private final String lockName;
  private final Duration olderThan;

  public OutboxResubmitter(
      IncompleteEventPublications publications,
      AdvisoryLocks locks,
      TransactionTemplate transactions,
      String lockName,
      Duration olderThan) {
    this.publications = publications;
    this.locks = locks;
    this.transactions = transactions;
    this.lockName = lockName;
    this.olderThan = olderThan;
  }

  @Scheduled(
      initialDelayString = "${renos.outbox.resubmit-initial-delay:PT5S}",
      fixedDelayString = "${renos.outbox.resubmit-interval:PT10S}")
  public void resubmitIncomplete() {
    transactions.executeWithoutResult(
        tx -> {
          if (locks.tryLockUntilCommit(lockName)) {
            publications.resubmitIncompletePublicationsOlderThan(olderThan);
          } else {
            log.debug("Another replica is resubmitting the outbox; skipping this round");
          }
        });
  }
}
