package dk.renos.email.gmail.connection;

import com.google.api.client.googleapis.auth.oauth2.GoogleAuthorizationCodeRequestUrl;
import com.google.api.client.googleapis.auth.oauth2.GoogleAuthorizationCodeTokenRequest;
import com.google.api.client.googleapis.auth.oauth2.GoogleTokenResponse;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import dk.renos.email.gmail.GmailSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Google's OAuth2 authorisation-code flow for connecting a mailbox: {@link #start} gives the
 * consent URL (offline access, so Google returns a refresh token); Google redirects back with a
 * code that {@link #finish} exchanges. The {@code state} parameter carries the mailbox and an
 * expiry, signed with an HMAC of the token key, so a forged or replayed-late callback is refused
 * without keeping server state.
 */
@Component
public class OAuthFlow {

  private static final Duration STATE_VALID_FOR = Duration.ofMinutes(15);

  private final GmailSettings settings;
  private final HttpTransport transport;
  private final Clock clock;

  OAuthFlow(GmailSettings settings, HttpTransport gmailTransport, Clock clock) {
    this.settings = settings;
    this.transport = gmailTransport;
    this.clock = clock;
  }

  /** The URL to send the person who owns {@code mailbox} to. */
  public URI start(String mailbox) {
    requireConfigured();
    String state =
        sign(
            GmailConnection.normalise(mailbox)
                + "|"
                + Instant.now(clock).plus(STATE_VALID_FOR).getEpochSecond());
    return URI.create(
        new GoogleAuthorizationCodeRequestUrl(
                settings.authorizationUrl().toString(),
                settings.clientId(),
                settings.redirectUri().toString(),
                GmailConnections.SCOPES)
            .setAccessType("offline")
            .set(
                "prompt",
                "consent") // without it Google returns a refresh token only on the first consent
            .set("login_hint", mailbox)
            .setState(state)
            .build());
  }

  /** The consent came back: the mailbox it was for, and its refresh token. */
  public Consent finish(String code, String state) {
    requireConfigured();
    String mailbox = verify(state);
    try {
      GoogleTokenResponse tokens =
          new GoogleAuthorizationCodeTokenRequest(
                  transport,
                  GsonFactory.getDefaultInstance(),
                  settings.tokenUrl().toString(),
                  settings.clientId(),
                  settings.clientSecret(),
                  code,
                  settings.redirectUri().toString())
              .execute();
      if (tokens.getRefreshToken() == null) {
        throw new ConnectionException(
            HttpStatus.BAD_GATEWAY,
            "code",
            "Google returned no refresh token; remove RenOS's access in the Google account and connect again");
      }
      return new Consent(mailbox, tokens.getRefreshToken());
    } catch (IOException e) {
      throw new ConnectionException(
          HttpStatus.BAD_REQUEST,
          "code",
          "Google did not accept the authorisation code: " + e.getMessage());
    }
  }

  public record Consent(String mailbox, String refreshToken) {}

  private void requireConfigured() {
    if (!settings.oauthClientConfigured() || settings.redirectUri() == null) {
      throw new ConnectionException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "clientId",
          "OAuth is not configured: set RENOS_GMAIL_CLIENT_ID, RENOS_GMAIL_CLIENT_SECRET and RENOS_GMAIL_REDIRECT_URI");
    }
    if (settings.tokenKey() == null || settings.tokenKey().isBlank()) {
      throw new ConnectionException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "tokenKey",
          "RENOS_GMAIL_TOKEN_KEY is not set: a refresh token cannot be stored without it");
    }
  }

  private String sign(String payload) {
    String body =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return body + "." + mac(body);
  }

  private String verify(String state) {
    String[] parts = state == null ? new String[0] : state.split("\\.", -1);
    if (parts.length != 2
        || !MessageDigest.isEqual(
            mac(parts[0]).getBytes(StandardCharsets.US_ASCII),
            parts[1].getBytes(StandardCharsets.US_ASCII))) {
      throw new ConnectionException(HttpStatus.BAD_REQUEST, "state", "is not a state RenOS issued");
    }
    List<String> fields =
        List.of(
            new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                .split("\\|"));
    if (fields.size() != 2
        || Instant.ofEpochSecond(Long.parseLong(fields.get(1))).isBefore(Instant.now(clock))) {
      throw new ConnectionException(
          HttpStatus.BAD_REQUEST, "state", "has expired: start connecting the mailbox again");
    }
    return fields.get(0);
  }

  private String mac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              ("oauth-state:" + settings.tokenKey()).getBytes(StandardCharsets.UTF_8),
              "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
