package dk.renos.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.support.jdbc.AdvisoryLocks;
import dk.renos.testsupport.RealInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two replicas run the resubmission schedule at the same moment: the PostgreSQL advisory lock lets
 * exactly one of them resubmit, so outstanding events are not sent once per replica.
 */
class OutboxResubmitterIT {

  /** Counts resubmissions and holds the first one open, as a slow resubmission would. */
  static final class SlowPublications implements IncompleteEventPublications {

    final AtomicInteger resubmissions = new AtomicInteger();
    final CountDownLatch inside = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void resubmitIncompletePublicationsOlderThan(Duration duration) {
      resubmissions.incrementAndGet();
      inside.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void resubmitIncompletePublications(ResubmissionOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  private static OutboxResubmitter replica(IncompleteEventPublications publications) {
    RealInfrastructure infra = RealInfrastructure.shared();
    SimpleDriverDataSource db =
        new SimpleDriverDataSource(
            new org.postgresql.Driver(),
            infra.jdbcUrl(),
            infra.jdbcUsername(),
            infra.jdbcPassword());
    return new OutboxResubmitter(
        publications,
        new AdvisoryLocks(new JdbcTemplate(db)),
        new TransactionTemplate(new DataSourceTransactionManager(db)),
        "renos-outbox:resubmitter_it",
        Duration.ofSeconds(15));
  }

  @Test
  void onlyOneReplicaResubmitsAtATime() throws Exception {
    SlowPublications first = new SlowPublications();
    SlowPublications second = new SlowPublications();
    Thread holder = Thread.ofVirtual().start(() -> replica(first).resubmitIncomplete());
    assertThat(first.inside.await(10, TimeUnit.SECONDS))
        .as("first replica is resubmitting")
        .isTrue();

    replica(second).resubmitIncomplete(); // the same schedule fires on the other replica

    assertThat(second.resubmissions)
        .as("second replica skipped while the first held the lock")
        .hasValue(0);
    first.release.countDown();
    holder.join(10_000);
    assertThat(first.resubmissions).hasValue(1);

    replica(second).resubmitIncomplete(); // lock released with the first replica's transaction
    second.release.countDown();
    assertThat(second.resubmissions).as("next round, the lock is free again").hasValue(1);
  }

  @Test
  void bothReplicasKeepTheirOwnScheduleWhenNotOverlapping() {
    List<SlowPublications> replicas = List.of(new SlowPublications(), new SlowPublications());
    replicas.forEach(p -> p.release.countDown());
    replicas.forEach(p -> replica(p).resubmitIncomplete());
    assertThat(replicas).allSatisfy(p -> assertThat(p.resubmissions).hasValue(1));
  }
}
