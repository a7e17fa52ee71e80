package dk.renos.email.gmail.client;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a failed Gmail call means for RenOS. Google's rules
 * (https://developers.google.com/gmail/api/guides/handle-errors): 429, 403 rateLimitExceeded /
 * userRateLimitExceeded and 5xx are worth retrying with exponential backoff; 401 after the
 * credentials have refreshed, or a token endpoint answering invalid_grant, means a person has to
 * reconnect.
 */
public enum GmailFailure {
  TRANSIENT,
  NEEDS_REAUTHORISATION,
  NOT_FOUND,
  PERMANENT;

  private static final Set<String> RATE_LIMIT_REASONS =
      Set.of("ratelimitexceeded", "userratelimitexceeded", "dailylimitexceeded", "backenderror");
  private static final Set<String> AUTH_ERRORS =
      Set.of("invalid_grant", "unauthorized_client", "invalid_client", "access_denied");

  public static GmailFailure of(Throwable failure) {
    if (failure instanceof GoogleJsonResponseException response) {
      return ofStatus(response.getStatusCode(), reason(response.getDetails()));
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
      if (AUTH_ERRORS.stream().anyMatch(message::contains)) {
        return NEEDS_REAUTHORISATION;
      }
      if (cause instanceof HttpResponseException response && cause != failure) {
        // The token endpoint's own answer, wrapped by the auth library.
        return response.getStatusCode() >= 500 ? TRANSIENT : NEEDS_REAUTHORISATION;
      }
    }
    if (failure instanceof HttpResponseException response) {
      return ofStatus(response.getStatusCode(), null);
    }
    return failure instanceof IOException ? TRANSIENT : PERMANENT;
  }

  public static GmailFailure ofStatus(int status, String reason) {
    if (status == 429 || status >= 500) {
      return TRANSIENT;
    }
    if (status == 403
        && reason != null
        && RATE_LIMIT_REASONS.contains(reason.toLowerCase(Locale.ROOT))) {
      return TRANSIENT;
    }
    if (status == 401) {
      return NEEDS_REAUTHORISATION;
    }
    if (status == 404) {
      return NOT_FOUND;
    }
    return PERMANENT;
  }

  public static String reason(GoogleJsonError error) {
    if (error == null || error.getErrors() == null || error.getErrors().isEmpty()) {
      return null;
    }
    return error.getErrors().getFirst().getReason();
  }

  /** The wait Google asked for in Retry-After (seconds form), when it did. */
  public static Optional<Duration> retryAfter(Throwable failure) {
    if (failure instanceof HttpResponseException response && response.getHeaders() != null) {
      String value = response.getHeaders().getRetryAfter();
      if (value != null) {
        try {
          return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
          return Optional.empty(); // an HTTP-date; the backoff applies instead
        }
      }
    }
    return Optional.empty();
  }
}
