package dk.renos.support.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.renos.support.jdbc.AdvisoryLocks.SessionLock;
import dk.renos.testsupport.RealInfrastructure;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Against the real PostgreSQL: transaction locks end with their transaction, session locks with
 * their handle, and both kinds turn a name into the same key.
 */
class AdvisoryLocksIT {

  private final SimpleDriverDataSource db = dataSource();
  private final AdvisoryLocks locks = new AdvisoryLocks(new JdbcTemplate(db));
  private final TransactionTemplate transactions =
      new TransactionTemplate(new DataSourceTransactionManager(db));

  /** Threads of their own: the common pool may have just one, busy holding a lock. */
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

  private static SimpleDriverDataSource dataSource() {
    RealInfrastructure infra = RealInfrastructure.shared();
    return new SimpleDriverDataSource(
        new org.postgresql.Driver(), infra.jdbcUrl(), infra.jdbcUsername(), infra.jdbcPassword());
  }

  private static String name() {
    return "advisory-locks-it:" + UUID.randomUUID();
  }

  /** Another replica's attempt, in a transaction of its own on its own thread. */
  private boolean otherTransactionGets(String name) throws Exception {
    return CompletableFuture.supplyAsync(
            () -> transactions.execute(tx -> locks.tryLockUntilCommit(name)), threads)
        .get(10, TimeUnit.SECONDS);
  }

  @Test
  void aTransactionLockIsHeldUntilCommitThenFreeForTheNext() throws Exception {
    String name = name();
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    CompletableFuture<Void> holder =
        CompletableFuture.runAsync(
            () ->
                transactions.executeWithoutResult(
                    tx -> {
                      locks.lockUntilCommit(name);
                      held.countDown();
                      await(commit);
                    }),
            threads);
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

    assertThat(otherTransactionGets(name)).as("while the first transaction runs").isFalse();
    commit.countDown();
    holder.get(10, TimeUnit.SECONDS);
    assertThat(otherTransactionGets(name)).as("after it committed").isTrue();
  }

  @Test
  void aTransactionLockOutsideATransactionIsRefusedInsteadOfReleasedAtOnce() {
    assertThatThrownBy(() -> locks.lockUntilCommit(name()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside a transaction");
    assertThatThrownBy(() -> locks.tryLockUntilCommit(name()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSessionLockIsHeldUntilClosedAndExcludesTransactionLocksOfTheSameName() throws Exception {
    String name = name();
    try (SessionLock lock = locks.trySessionLock(name).orElseThrow()) {
      assertThat(locks.trySessionLock(name)).as("a second session").isEmpty();
      assertThat(otherTransactionGets(name)).as("a transaction, same name, same key").isFalse();
      assertThat(otherTransactionGets(name() + "-other")).as("another name").isTrue();
    }
    Optional<SessionLock> again = locks.trySessionLock(name);
    assertThat(again).as("after close").isPresent();
    again.get().close();
  }

  @Test
  void aSessionLockIsReleasedWhenTheWorkFails() {
    String name = name();
    assertThatThrownBy(
            () -> {
              try (SessionLock lock = locks.trySessionLock(name).orElseThrow()) {
                throw new IllegalArgumentException("work failed");
              }
            })
        .hasMessage("work failed");
    Optional<SessionLock> again = locks.trySessionLock(name);
    assertThat(again).isPresent();
    again.get().close();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
