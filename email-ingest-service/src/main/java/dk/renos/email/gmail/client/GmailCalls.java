package dk.renos.email.gmail.client;

import dk.renos.email.gmail.GmailSettings;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Every Gmail request goes through here: retried with exponential backoff and jitter on 429, 403
 * rate limits, 5xx and network failures (waiting at least what Retry-After asks), behind one
 * circuit breaker that opens when Gmail keeps failing so that sync stops hammering it, and reports
 * that in health.
 */
@NamedInterface("api")
@Component
public class GmailCalls {

  private static final Logger log = LoggerFactory.getLogger(GmailCalls.class);

  /** A Gmail request; IOException is what the Google client throws for HTTP and network errors. */
  @FunctionalInterface
  public interface GmailCall<T> {
    T execute() throws IOException;
  }

  private final CircuitBreaker breaker;
  private final Retry retry;
  private final Counter retries;

  public GmailCalls(GmailSettings settings, MeterRegistry meters) {
    this.breaker =
        CircuitBreaker.of(
            "gmail",
            CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordExceptions(TransientGmailException.class)
                .build());
    IntervalFunction backoff =
        IntervalFunction.ofExponentialRandomBackoff(
            settings.retryInitialInterval(), 2.0, 0.5, settings.retryMaxInterval());
    long maxMillis = settings.retryMaxInterval().toMillis();
    this.retry =
        Retry.of(
            "gmail",
            RetryConfig.custom()
                .maxAttempts(settings.retryAttempts())
                .retryExceptions(TransientGmailException.class)
                .intervalBiFunction(
                    (attempt, outcome) -> {
                      long wait = backoff.apply(attempt);
                      if (outcome.isLeft()) {
                        long asked =
                            GmailFailure.retryAfter(outcome.getLeft().getCause())
                                .map(Duration::toMillis)
                                .orElse(0L);
                        wait = Math.max(wait, Math.min(asked, maxMillis));
                      }
                      return wait;
                    })
                .build());
    this.retries =
        Counter.builder("renos.gmail.retries")
            .description("Gmail requests retried after a rate limit, 5xx or network failure")
            .register(meters);
    retry
        .getEventPublisher()
        .onRetry(
            event -> {
              retries.increment();
              log.warn(
                  "Gmail request failed ({}), retry {} in {} ms",
                  event.getLastThrowable().getCause() != null
                      ? event.getLastThrowable().getCause().getMessage()
                      : event.getLastThrowable().getMessage(),
                  event.getNumberOfRetryAttempts(),
                  event.getWaitInterval().toMillis());
            });
    Gauge.builder(
            "renos.gmail.circuit.state",
            breaker,
            b ->
                switch (b.getState()) {
                  case CLOSED, DISABLED -> 0;
                  case OPEN, FORCED_OPEN, METRICS_ONLY -> 1;
                  case HALF_OPEN -> 2;
                })
        .description("Gmail circuit breaker: 0 closed, 1 open, 2 half-open")
        .register(meters);
  }

  /**
   * Runs {@code call} with retries and the breaker.
   *
   * @throws GmailUnavailableException when Gmail still fails after the retries, or the breaker is
   *     open
   * @throws GmailAuthorisationException when Google refuses the credential
   * @throws GmailNotFoundException on 404
   * @throws GmailRequestException on any other 4xx: a bug or bad input, not worth retrying
   */
  public <T> T call(String what, GmailCall<T> call) {
    Supplier<T> guarded =
        Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, () -> once(call)));
    try {
      return guarded.get();
    } catch (TransientGmailException e) {
      throw new GmailUnavailableException(
          "Gmail "
              + what
              + " failed after "
              + settingsAttempts()
              + " attempts: "
              + e.getCause().getMessage(),
          e.getCause());
    } catch (CallNotPermittedException e) {
      throw new GmailUnavailableException(
          "Gmail circuit breaker is open; " + what + " not attempted", e);
    }
  }

  private int settingsAttempts() {
    return retry.getRetryConfig().getMaxAttempts();
  }

  private static <T> T once(GmailCall<T> call) {
    try {
      return call.execute();
    } catch (IOException | RuntimeException e) {
      throw translate(e);
    }
  }

  /** Maps a Google client failure to the exception the caller acts on. */
  public static RuntimeException translate(Exception e) {
    return switch (GmailFailure.of(e)) {
      case TRANSIENT -> new TransientGmailException(e);
      case NEEDS_REAUTHORISATION ->
          new GmailAuthorisationException(
              "Google refused the mailbox's credential ("
                  + firstLine(e.getMessage())
                  + "): it was revoked or has expired, or the delegation was removed; "
                  + "reconnect the mailbox",
              e);
      case NOT_FOUND -> new GmailNotFoundException(e.getMessage(), e);
      case PERMANENT ->
          e instanceof RuntimeException runtime && !(e instanceof IllegalStateException)
              ? runtime
              : new GmailRequestException(e.getMessage(), e);
    };
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no message";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  public CircuitBreaker.State breakerState() {
    return breaker.getState();
  }

  /**
   * Closes the breaker and forgets the failures it counted. Tests that open it on purpose call this
   * so the next test does not start against an open breaker (it would only close after a successful
   * half-open call).
   */
  public void resetBreaker() {
    breaker.reset();
  }

  static final class TransientGmailException extends RuntimeException {
    TransientGmailException(Throwable cause) {
      super(cause.getMessage(), cause);
    }
  }
}
