package dk.renos.gateway.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings ({@code renos.gateway.sign-in.*}).
 *
 * @param idleTimeout a session unused this long is over ({@code RENOS_SESSION_IDLE_TIMEOUT}, 30m)
 * @param absoluteTimeout a session is over this long after sign-in, used or not ({@code
 *     RENOS_SESSION_ABSOLUTE_TIMEOUT}, 12h)
 * @param accountAttempts failed sign-ins for one account before it is locked ({@code
 *     RENOS_SIGNIN_ACCOUNT_ATTEMPTS}, 5)
 * @param ipAttempts failed sign-ins from one client address before it is locked ({@code
 *     RENOS_SIGNIN_IP_ATTEMPTS}, 20)
 * @param lockBase the first lock's length; each further failure doubles it ({@code
 *     RENOS_SIGNIN_LOCK_BASE}, 30s)
 * @param lockCap the longest lock ({@code RENOS_SIGNIN_LOCK_CAP}, 15m)
 * @param failureWindow failures are forgotten this long after the last one ({@code
 *     RENOS_SIGNIN_FAILURE_WINDOW}, 24h)
 */
@ConfigurationProperties("renos.gateway.sign-in")
public record SignInProperties(
    Duration idleTimeout,
    Duration absoluteTimeout,
    int accountAttempts,
    int ipAttempts,
    Duration lockBase,
    Duration lockCap,
    Duration failureWindow) {

  public SignInProperties {
    idleTimeout = idleTimeout != null ? idleTimeout : Duration.ofMinutes(30);
    absoluteTimeout = absoluteTimeout != null ? absoluteTimeout : Duration.ofHours(12);
    accountAttempts = accountAttempts > 0 ? accountAttempts : 5;
    ipAttempts = ipAttempts > 0 ? ipAttempts : 20;
    lockBase = lockBase != null ? lockBase : Duration.ofSeconds(30);
    lockCap = lockCap != null ? lockCap : Duration.ofMinutes(15);
    failureWindow = failureWindow != null ? failureWindow : Duration.ofHours(24);
  }
}
