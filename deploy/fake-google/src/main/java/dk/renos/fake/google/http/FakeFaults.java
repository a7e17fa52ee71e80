package dk.renos.fake.google.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Injected failures for API and batch requests (never the token endpoint or /_fake/): the next N
 * top-level requests answer with a Google JSON error, optionally with Retry-After. Thread-safe.
 */
public final class FakeFaults {
  private record Fault(int status, String reason, Duration retryAfter) {}

  private final Deque<Fault> pending = new ArrayDeque<>();
  private final AtomicInteger served = new AtomicInteger();

  public FakeFaults() {}

  /**
   * The next {@code count} API requests answer httpStatus with reason; retryAfter null sends no
   * Retry-After.
   */
  public synchronized void failNext(int count, int httpStatus, String reason, Duration retryAfter) {
    if (count < 0 || httpStatus < 400 || httpStatus > 599) {
      throw new IllegalArgumentException("count must be >= 0 and httpStatus an error status");
    }
    for (int i = 0; i < count; i++) {
      pending.add(new Fault(httpStatus, reason == null ? "backendError" : reason, retryAfter));
    }
  }

  public synchronized void clear() {
    pending.clear();
  }

  public int faultsServed() {
    return served.get();
  }

  /** The response for the next pending fault, or null when none is queued. */
  public ApiResponse next() {
    Fault fault;
    synchronized (this) {
      fault = pending.poll();
    }
    if (fault == null) {
      return null;
    }
    served.incrementAndGet();
    ApiResponse response =
        ApiResponse.json(
            fault.status(),
            ApiException.body(
                fault.status(),
                fault.reason(),
                ApiException.domainOf(fault.reason()),
                message(fault)));
    if (fault.retryAfter() != null) {
      long seconds = Math.max(0, (fault.retryAfter().toMillis() + 999) / 1000);
      response = response.withHeaders(Map.of("Retry-After", Long.toString(seconds)));
    }
    return response;
  }

  private static String message(Fault fault) {
    return switch (fault.reason()) {
      case "rateLimitExceeded" -> "Too many concurrent requests for user.";
      case "userRateLimitExceeded" -> "User-rate limit exceeded.";
      case "quotaExceeded" ->
          "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user'.";
      case "backendError" -> "Backend Error";
      default -> "Injected failure (" + fault.reason() + ")";
    };
  }
}
