package dk.renos.email.outgoing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sending ({@code renos.email.sending.*}, env {@code RENOS_EMAIL_SENDING_*}).
 *
 * @param enabled whether anything is really sent; <b>off by default</b> (dry-run, DOMAIN.md
 *     "Safety"): rows are composed and marked {@code DRY_RUN}, nothing leaves, no {@code
 *     EmailSent}. Env {@code RENOS_EMAIL_SENDING_ENABLED}.
 * @param pollInterval how often the sender looks for due rows
 * @param maxAttempts send attempts before a row that keeps meeting Gmail failures is {@code FAILED}
 * @param retryInitialInterval wait after the first failed attempt (doubling each time), and between
 *     checks while no mailbox is connected or the mailbox needs re-authorisation
 * @param retryMaxInterval longest wait between attempts
 * @param attemptLease how long other replicas leave a row alone once a send attempt started; a
 *     replica that dies mid-send is taken over after this, and the taker first asks Gmail whether
 *     the message went out
 */
@ConfigurationProperties("renos.email.sending")
public record OutgoingSettings(
    Boolean enabled,
    Duration pollInterval,
    Integer maxAttempts,
    Duration retryInitialInterval,
    Duration retryMaxInterval,
    Duration attemptLease) {

  public OutgoingSettings {
    enabled = enabled != null && enabled;
    pollInterval = pollInterval != null ? pollInterval : Duration.ofSeconds(1);
    maxAttempts = maxAttempts != null ? Math.max(1, maxAttempts) : 10;
    retryInitialInterval =
        retryInitialInterval != null ? retryInitialInterval : Duration.ofSeconds(30);
    retryMaxInterval = retryMaxInterval != null ? retryMaxInterval : Duration.ofMinutes(30);
    attemptLease = attemptLease != null ? attemptLease : Duration.ofMinutes(10);
  }

  /**
   * Wait before attempt {@code attempts + 1}: the initial interval, doubled per failed attempt,
   * capped.
   */
  Duration backoffAfter(int attempts) {
    long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
    Duration wait = retryInitialInterval.multipliedBy(factor);
    return wait.compareTo(retryMaxInterval) > 0 ? retryMaxInterval : wait;
  }
}
