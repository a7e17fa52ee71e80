package dk.renos.email.gmail;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything Gmail sync reads from configuration ({@code renos.gmail.*}, env {@code
 * RENOS_GMAIL_*}). The endpoints default to Google's; tests and the benchmark point them at the
 * local fake server.
 *
 * @param enabled whether Gmail sync runs at all; on by default, but it only does work for connected
 *     mailboxes
 * @param rootUrl the Gmail API root the client calls
 * @param tokenUrl Google's OAuth2 token endpoint
 * @param authorizationUrl Google's OAuth2 consent page
 * @param clientId OAuth client id (a "web application" client in Google Cloud console)
 * @param clientSecret its secret
 * @param redirectUri where Google sends the user back: the gateway's {@code
 *     /api/emails/connections/oauth/callback}
 * @param tokenKey base64 of a 32-byte AES key that encrypts refresh tokens and keys at rest
 * @param mailbox with {@code refreshToken} or {@code serviceAccountKeyFile}: a mailbox connected at
 *     startup
 * @param refreshToken a refresh token for {@code mailbox} (OAuth client above)
 * @param serviceAccountKeyFile a service-account key JSON with domain-wide delegation for {@code
 *     mailbox}
 * @param pollInterval how often incremental sync asks Gmail for history
 * @param lookBack how far back the initial sync reaches
 * @param pageSize messages per list page (Gmail allows up to 500)
 * @param batchSize messages fetched per batch request (Gmail allows up to 100; it advises 50)
 * @param reconcileInterval how often reconciliation compares Gmail with the store
 * @param requestTimeout connect and read timeout of one Gmail request
 * @param retryInitialInterval first backoff after a 429/403 rate limit/5xx/network failure;
 *     doubles, with jitter
 * @param retryMaxInterval longest single wait, also the cap on a Retry-After Google asks for
 * @param retryAttempts attempts per call, the first included
 * @param breakerOpenFor how long the circuit breaker stays open before it lets a trial call through
 */
@ConfigurationProperties("renos.gmail")
public record GmailSettings(
    Boolean enabled,
    URI rootUrl,
    URI tokenUrl,
    URI authorizationUrl,
    String clientId,
    String clientSecret,
    URI redirectUri,
    String tokenKey,
    String mailbox,
    String refreshToken,
    Path serviceAccountKeyFile,
    Duration pollInterval,
    Duration lookBack,
    Integer pageSize,
    Integer batchSize,
    Duration reconcileInterval,
    Duration requestTimeout,
    Duration retryInitialInterval,
    Duration retryMaxInterval,
    Integer retryAttempts,
    Duration breakerOpenFor) {

  public GmailSettings {
    enabled = enabled == null || enabled;
    rootUrl = rootUrl != null ? rootUrl : URI.create("https://gmail.googleapis.com/");
    tokenUrl = tokenUrl != null ? tokenUrl : URI.create("https://oauth2.googleapis.com/token");
    authorizationUrl =
        authorizationUrl != null
            ? authorizationUrl
            : URI.create("https://accounts.google.com/o/oauth2/auth");
    pollInterval = pollInterval != null ? pollInterval : Duration.ofSeconds(3);
    lookBack = lookBack != null ? lookBack : Duration.ofDays(365);
    pageSize = pageSize != null ? Math.clamp(pageSize, 1, 500) : 500;
    batchSize = batchSize != null ? Math.clamp(batchSize, 1, 100) : 50;
    reconcileInterval = reconcileInterval != null ? reconcileInterval : Duration.ofMinutes(30);
    requestTimeout = requestTimeout != null ? requestTimeout : Duration.ofSeconds(30);
    retryInitialInterval =
        retryInitialInterval != null ? retryInitialInterval : Duration.ofSeconds(1);
    retryMaxInterval = retryMaxInterval != null ? retryMaxInterval : Duration.ofSeconds(64);
    retryAttempts = retryAttempts != null ? Math.max(1, retryAttempts) : 6;
    breakerOpenFor = breakerOpenFor != null ? breakerOpenFor : Duration.ofSeconds(60);
  }

  /** The root URL as the Google client wants it: ending in a slash. */
  public String clientRootUrl() {
    String url = rootUrl.toString();
    return url.endsWith("/") ? url : url + "/";
  }

  public boolean oauthClientConfigured() {
    return clientId != null
        && !clientId.isBlank()
        && clientSecret != null
        && !clientSecret.isBlank();
  }

  public boolean startupMailboxConfigured() {
    return mailbox != null
        && !mailbox.isBlank()
        && ((refreshToken != null && !refreshToken.isBlank()) || serviceAccountKeyFile != null);
  }
}
