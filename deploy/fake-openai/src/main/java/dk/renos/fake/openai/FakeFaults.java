package dk.renos.fake.openai;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failures on demand, for requests to /v1/** that passed the key check (a wrong key is always a
 * 401, never masked by a fault; /_fake/** is never faulted). Two queues, each consumed in order:
 *
 * <ul>
 *   <li>request faults: the next requests answer an OpenAI error (429 with Retry-After, 500, 503,
 *       ...) or hang before sending any response header;
 *   <li>stream breaks: the next streamed answers close the connection after N chunks, with no
 *       {@code [DONE]} and no final chunk, so the client reads a truncated body.
 * </ul>
 *
 * and two settings that hold until cleared: a delay before every response and a delay before every
 * stream chunk. "Fail twice, then answer" is {@code failNext(2, 503)} followed by a scripted reply.
 * Thread-safe.
 */
public final class FakeFaults {
  /** The longest a hang lasts when nothing releases it, so a forgotten test cannot pin a thread. */
  static final Duration MAX_HANG = Duration.ofMinutes(10);

  sealed interface RequestFault {}

  record ErrorFault(OpenAiError error) implements RequestFault {}

  record Hang() implements RequestFault {}

  private final Deque<RequestFault> requestFaults = new ArrayDeque<>();
  private final Deque<Integer> streamBreaks = new ArrayDeque<>();
  private final AtomicInteger served = new AtomicInteger();
  private volatile Duration responseDelay = Duration.ZERO;
  private volatile Duration chunkDelay = Duration.ZERO;
  private volatile CountDownLatch hangRelease = new CountDownLatch(1);

  FakeFaults() {}

  /** The next {@code count} requests answer {@code status} with OpenAI's body for that status. */
  public FakeFaults failNext(int count, int status) {
    return failNext(count, status, null);
  }

  /**
   * The next {@code count} requests answer {@code status}; a non-null retryAfter adds {@code
   * Retry-After} (whole seconds, rounded up) and {@code retry-after-ms}.
   */
  public FakeFaults failNext(int count, int status, Duration retryAfter) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP error status, not " + status);
    }
    return enqueue(count, () -> new ErrorFault(errorFor(status, retryAfter)));
  }

  /** 429 rate_limit_exceeded with Retry-After, the next {@code count} times. */
  public FakeFaults rateLimitNext(int count, Duration retryAfter) {
    return failNext(count, 429, retryAfter);
  }

  /**
   * The next {@code count} requests get no response at all: no status line, no headers, until the
   * client gives up (its timeout), {@link #releaseHangs()}, reset, close, or ten minutes.
   */
  public FakeFaults hangNext(int count) {
    return enqueue(count, Hang::new);
  }

  /**
   * The next {@code count} streamed answers are cut after {@code afterChunks} data chunks: the
   * connection is closed without the rest, the final chunk or {@code [DONE]}.
   */
  public synchronized FakeFaults breakNextStream(int count, int afterChunks) {
    checkCount(count);
    if (afterChunks < 0) {
      throw new IllegalArgumentException("afterChunks must be >= 0");
    }
    for (int i = 0; i < count; i++) {
      streamBreaks.add(afterChunks);
    }
    return this;
  }

  /** Every response waits this long before its headers (until changed or cleared). */
  public FakeFaults responseDelay(Duration delay) {
    responseDelay = nonNegative(delay);
    return this;
  }

  /** Every stream chunk waits this long before it is written (a slow stream). */
  public FakeFaults chunkDelay(Duration delay) {
    chunkDelay = nonNegative(delay);
    return this;
  }

  /** Lets every hanging request end now (its connection is closed without a response). */
  public void releaseHangs() {
    CountDownLatch old;
    synchronized (this) {
      old = hangRelease;
      hangRelease = new CountDownLatch(1);
    }
    old.countDown();
  }

  /** Drops queued faults and delays and releases hangs. */
  public void clear() {
    synchronized (this) {
      requestFaults.clear();
      streamBreaks.clear();
    }
    responseDelay = Duration.ZERO;
    chunkDelay = Duration.ZERO;
    releaseHangs();
  }

  /** Faults served so far (errors, hangs and broken streams). */
  public int served() {
    return served.get();
  }

  public synchronized int pending() {
    return requestFaults.size() + streamBreaks.size();
  }

  Duration responseDelay() {
    return responseDelay;
  }

  Duration chunkDelay() {
    return chunkDelay;
  }

  synchronized Optional<RequestFault> nextRequestFault() {
    RequestFault fault = requestFaults.poll();
    if (fault != null) {
      served.incrementAndGet();
    }
    return Optional.ofNullable(fault);
  }

  /** For a streamed answer: after how many chunks to break it, if a break is queued. */
  synchronized Optional<Integer> nextStreamBreak() {
    Integer after = streamBreaks.poll();
    if (after != null) {
      served.incrementAndGet();
    }
    return Optional.ofNullable(after);
  }

  /** Blocks a hanging request until released or MAX_HANG. */
  void hang() throws InterruptedException {
    CountDownLatch release;
    synchronized (this) {
      release = hangRelease;
    }
    release.await(MAX_HANG.toMillis(), TimeUnit.MILLISECONDS);
  }

  private synchronized FakeFaults enqueue(
      int count, java.util.function.Supplier<RequestFault> fault) {
    checkCount(count);
    for (int i = 0; i < count; i++) {
      requestFaults.add(fault.get());
    }
    return this;
  }

  private static void checkCount(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
  }

  private static Duration nonNegative(Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or positive");
    }
    return delay;
  }

  /** The body and headers OpenAI sends for such a status. */
  static OpenAiError errorFor(int status, Duration retryAfter) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (retryAfter != null) {
      headers.put("Retry-After", Long.toString((retryAfter.toMillis() + 999) / 1000));
      headers.put("retry-after-ms", Long.toString(retryAfter.toMillis()));
    }
    return switch (status) {
      case 429 ->
          new OpenAiError(
              429,
              "requests",
              null,
              "rate_limit_exceeded",
              "Rate limit reached for requests (fake-openai injected fault). Please try again in "
                  + (retryAfter == null ? "a moment" : retryAfter.toSeconds() + "s")
                  + ".",
              headers);
      case 500 ->
          new OpenAiError(
              500,
              "server_error",
              null,
              null,
              "The server had an error while processing your request. Sorry about that!",
              headers);
      case 503 ->
          new OpenAiError(
              503,
              "server_error",
              null,
              null,
              "The engine is currently overloaded, please try again later.",
              headers);
      default ->
          new OpenAiError(
              status,
              status >= 500 ? "server_error" : "invalid_request_error",
              null,
              null,
              "Injected failure " + status + " (fake-openai)",
              headers);
    };
  }
}
