package dk.renos.gateway.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/**
 * Slows password guessing, per account and per client address, with state in Redis so every gateway
 * replica sees the same counts. After {@code accountAttempts} failures for an account (or {@code
 * ipAttempts} from one address) within the failure window, each further failure locks it for {@code
 * lockBase × 2^(n-1)} (n = failures beyond the free ones), at most {@code lockCap}; while locked,
 * sign-in is refused with 429 and {@code Retry-After} without looking at the password. A successful
 * sign-in clears the account's count (not the address's: one good account must not reset an address
 * that is guessing others). Keys hold SHA-256 digests, never a name or address.
 */
public final class LoginThrottle {

  static final String PREFIX = "renos:sign-in:";

  private final ReactiveStringRedisTemplate redis;
  private final SignInProperties settings;

  public LoginThrottle(ReactiveStringRedisTemplate redis, SignInProperties settings) {
    this.redis = redis;
    this.settings = settings;
  }

  /** How long sign-in stays refused for this account or address; zero when it is not. */
  public Mono<Duration> lockedFor(String username, String clientAddress) {
    return Mono.zip(
            remaining(lockKey("account", normalise(username))),
            remaining(lockKey("ip", clientAddress)))
        .map(both -> both.getT1().compareTo(both.getT2()) >= 0 ? both.getT1() : both.getT2());
  }

  /** Counts a failed sign-in and locks when the free attempts are used up. */
  public Mono<Void> failed(String username, String clientAddress) {
    return Mono.when(
        count("account", normalise(username), settings.accountAttempts()),
        count("ip", clientAddress, settings.ipAttempts()));
  }

  /** A correct password: the account starts afresh. */
  public Mono<Void> succeeded(String username) {
    String subject = normalise(username);
    return redis.delete(failuresKey("account", subject), lockKey("account", subject)).then();
  }

  /** The lock for {@code n} failures beyond the free ones: base × 2^(n-1), capped. */
  static Duration lockFor(long beyondFree, Duration base, Duration cap) {
    if (beyondFree <= 0) {
      return Duration.ZERO;
    }
    long factor = beyondFree > 40 ? Long.MAX_VALUE : 1L << (beyondFree - 1);
    Duration lock =
        factor > cap.toMillis() / Math.max(1, base.toMillis()) ? cap : base.multipliedBy(factor);
    return lock.compareTo(cap) > 0 ? cap : lock;
  }

  private Mono<Void> count(String kind, String subject, int freeAttempts) {
    String failures = failuresKey(kind, subject);
    return redis
        .opsForValue()
        .increment(failures)
        .flatMap(
            count ->
                redis
                    .expire(failures, settings.failureWindow())
                    .then(
                        lock(
                            kind,
                            subject,
                            lockFor(
                                count - freeAttempts, settings.lockBase(), settings.lockCap()))));
  }

  private Mono<Void> lock(String kind, String subject, Duration lock) {
    if (lock.isZero()) {
      return Mono.empty();
    }
    return redis.opsForValue().set(lockKey(kind, subject), "1", lock).then();
  }

  private Mono<Duration> remaining(String key) {
    return redis
        .getExpire(key)
        .filter(ttl -> !ttl.isNegative() && !ttl.isZero())
        .defaultIfEmpty(Duration.ZERO);
  }

  private static String failuresKey(String kind, String subject) {
    return PREFIX + "failures:" + kind + ":" + digest(subject);
  }

  private static String lockKey(String kind, String subject) {
    return PREFIX + "lock:" + kind + ":" + digest(subject);
  }

  private static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static String digest(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
