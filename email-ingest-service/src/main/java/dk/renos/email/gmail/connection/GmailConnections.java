package dk.renos.email.gmail.connection;

import com.google.api.client.http.HttpTransport;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.GmailScopes;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.auth.oauth2.UserCredentials;
import dk.renos.email.gmail.GmailSettings;
import dk.renos.email.gmail.client.GmailClients;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connected mailboxes: stores their credential encrypted, turns it back into Google credentials,
 * and keeps the status honest: a refused credential marks the connection {@code
 * NEEDS_REAUTHORISATION} (shown in health, metrics and the API) instead of letting sync stop
 * silently.
 */
@NamedInterface("api")
@Service
public class GmailConnections {

  private static final Logger log = LoggerFactory.getLogger(GmailConnections.class);

  /** Read, label and send; nothing wider (no settings, no delete-forever). */
  static final List<String> SCOPES = List.of(GmailScopes.GMAIL_MODIFY);

  private final GmailConnectionRepository connections;
  private final GmailSettings settings;
  private final Optional<TokenCipher> cipher;
  private final HttpTransport transport;
  private final GmailClients clients;

  /** Clients by connection and credential, so the access token is reused between sync cycles. */
  private final Map<String, Gmail> clientCache = new ConcurrentHashMap<>();

  private final Clock clock;

  GmailConnections(
      GmailConnectionRepository connections,
      GmailSettings settings,
      HttpTransport gmailTransport,
      GmailClients clients,
      Clock clock) {
    this.connections = connections;
    this.clients = clients;
    this.settings = settings;
    this.transport = gmailTransport;
    this.cipher =
        settings.tokenKey() == null || settings.tokenKey().isBlank()
            ? Optional.empty()
            : Optional.of(TokenCipher.fromBase64(settings.tokenKey()));
    this.clock = clock;
  }

  public List<GmailConnection> all() {
    return connections.findAllByOrderByCreatedAtAsc();
  }

  public List<GmailConnection> connected() {
    return connections.findByStatus(ConnectionStatus.CONNECTED);
  }

  public Optional<GmailConnection> find(UUID id) {
    return connections.findById(id);
  }

  /** Stores (or replaces) the credential of {@code mailbox}; the caller has checked it works. */
  @Transactional
  public GmailConnection save(String mailbox, ConnectionKind kind, String secret) {
    TokenCipher sealing = requireCipher();
    Instant now = Instant.now(clock);
    GmailConnection connection =
        connections
            .findByMailbox(GmailConnection.normalise(mailbox))
            .orElseGet(() -> new GmailConnection(mailbox, kind, now));
    connection.replaceSecret(kind, sealing.encrypt(secret, connection.secretContext()), now);
    return connections.save(connection);
  }

  @Transactional
  public boolean disconnect(UUID id) {
    if (!connections.existsById(id)) {
      return false;
    }
    connections.deleteById(id);
    return true;
  }

  @Transactional
  public void markNeedsReauthorisation(UUID id, String reason) {
    connections
        .findById(id)
        .ifPresent(
            connection -> {
              if (connection.getStatus() != ConnectionStatus.NEEDS_REAUTHORISATION) {
                log.warn("Gmail connection {} needs re-authorisation: {}", id, reason);
              }
              connection.markNeedsReauthorisation(reason, Instant.now(clock));
            });
  }

  /** The Gmail client for {@code connection}'s current credential. */
  public Gmail gmail(GmailConnection connection) {
    String prefix = connection.getId() + ":";
    String key = prefix + Arrays.hashCode(connection.getSecretCiphertext());
    Gmail cached = clientCache.get(key);
    if (cached != null) {
      return cached;
    }
    clientCache.keySet().removeIf(old -> old.startsWith(prefix)); // a replaced credential's client
    Gmail gmail = clients.client(credentials(connection));
    clientCache.put(key, gmail);
    return gmail;
  }

  /** Google credentials for the stored secret (user consent or delegated service account). */
  public GoogleCredentials credentials(GmailConnection connection) {
    String secret =
        requireCipher().decrypt(connection.getSecretCiphertext(), connection.secretContext());
    return switch (connection.getKind()) {
      case OAUTH -> userCredentials(secret);
      case SERVICE_ACCOUNT -> serviceAccountCredentials(secret, connection.getMailbox());
    };
  }

  UserCredentials userCredentials(String refreshToken) {
    if (!settings.oauthClientConfigured()) {
      throw new ConnectionException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "clientId",
          "RENOS_GMAIL_CLIENT_ID and RENOS_GMAIL_CLIENT_SECRET must be set to use an OAuth connection");
    }
    return UserCredentials.newBuilder()
        .setClientId(settings.clientId())
        .setClientSecret(settings.clientSecret())
        .setRefreshToken(refreshToken)
        .setTokenServerUri(settings.tokenUrl())
        .setHttpTransportFactory(() -> transport)
        .build();
  }

  GoogleCredentials serviceAccountCredentials(String keyJson, String mailbox) {
    try {
      ServiceAccountCredentials key =
          ServiceAccountCredentials.fromStream(
              new ByteArrayInputStream(keyJson.getBytes(StandardCharsets.UTF_8)), () -> transport);
      return key.toBuilder()
          .setTokenServerUri(settings.tokenUrl())
          .setHttpTransportFactory(() -> transport)
          .build()
          .createScoped(SCOPES)
          .createDelegated(mailbox);
    } catch (IOException | RuntimeException e) {
      throw new ConnectionException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "serviceAccountKey",
          "is not a Google service-account key JSON: " + e.getMessage());
    }
  }

  private TokenCipher requireCipher() {
    return cipher.orElseThrow(
        () ->
            new ConnectionException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "tokenKey",
                "RENOS_GMAIL_TOKEN_KEY is not set: mailbox credentials cannot be stored or read without it"));
  }
}
