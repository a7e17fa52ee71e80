package dk.renos.email.background;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work repeated with a fixed delay on one thread of its own, so that a long pass (an initial Gmail
 * sync) never holds up the web or another loop. A pass that throws is logged and the next pass runs
 * anyway (a scheduled task that throws would otherwise never run again). {@link #stop} lets a
 * running pass finish within a grace period, then interrupts it.
 */
public final class BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(BackgroundLoop.class);

  private final String name;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private ScheduledExecutorService executor;

  public BackgroundLoop(String name) {
    this.name = name;
  }

  /** Adds a task: first after {@code initialDelay}, then {@code interval} after each pass ends. */
  public synchronized void every(Duration initialDelay, Duration interval, Runnable task) {
    if (executor == null) {
      stopping.set(false);
      executor =
          Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).factory());
    }
    executor.scheduleWithFixedDelay(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            log.error(
                "{} pass failed ({}); the next pass retries",
                name,
                e.getClass().getSimpleName(),
                e);
          }
        },
        initialDelay.toMillis(),
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** True once {@link #stop} began: long passes check it between steps and return early. */
  public boolean stopping() {
    return stopping.get();
  }

  public synchronized void stop(Duration grace) {
    stopping.set(true);
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  public synchronized boolean isRunning() {
    return executor != null;
  }
}
