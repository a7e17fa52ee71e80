package dk.renos.email.gmail.connection;

import com.google.api.services.gmail.model.Profile;
import dk.renos.email.gmail.GmailSettings;
import dk.renos.email.gmail.client.GmailAuthorisationException;
import dk.renos.email.gmail.client.GmailCalls;
import dk.renos.email.gmail.client.GmailClients;
import dk.renos.email.gmail.client.GmailUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Connects a mailbox: proves the credential works by reading the mailbox's profile (the address
 * must be the one asked for), then stores it encrypted. Also connects the mailbox named in the
 * environment at startup, for installs configured without the API.
 */
@Component
public class MailboxConnector {

  private static final Logger log = LoggerFactory.getLogger(MailboxConnector.class);

  private final GmailConnections connections;
  private final GmailClients clients;
  private final GmailCalls calls;
  private final GmailSettings settings;

  MailboxConnector(
      GmailConnections connections,
      GmailClients clients,
      GmailCalls calls,
      GmailSettings settings) {
    this.connections = connections;
    this.clients = clients;
    this.calls = calls;
    this.settings = settings;
  }

  public GmailConnection connectWithRefreshToken(String mailbox, String refreshToken) {
    verify(mailbox, clients.client(connections.userCredentials(refreshToken)));
    return connections.save(mailbox, ConnectionKind.OAUTH, refreshToken);
  }

  public GmailConnection connectServiceAccount(String mailbox, String keyJson) {
    verify(mailbox, clients.client(connections.serviceAccountCredentials(keyJson, mailbox)));
    return connections.save(mailbox, ConnectionKind.SERVICE_ACCOUNT, keyJson);
  }

  private void verify(String mailbox, com.google.api.services.gmail.Gmail gmail) {
    Profile profile;
    try {
      profile = calls.call("get profile", () -> gmail.users().getProfile("me").execute());
    } catch (GmailAuthorisationException e) {
      throw new ConnectionException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "credential",
          "Google refused it for " + mailbox + ": " + e.getMessage());
    } catch (GmailUnavailableException e) {
      throw new ConnectionException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "credential",
          "Gmail could not be reached to check it: " + e.getMessage());
    }
    if (!profile.getEmailAddress().equalsIgnoreCase(mailbox.strip())) {
      throw new ConnectionException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "mailbox",
          "the credential opens "
              + profile.getEmailAddress().toLowerCase(Locale.ROOT)
              + ", not "
              + mailbox);
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void connectConfiguredMailbox() {
    if (!settings.enabled() || !settings.startupMailboxConfigured()) {
      return;
    }
    try {
      GmailConnection connection =
          settings.serviceAccountKeyFile() != null
              ? connectServiceAccount(
                  settings.mailbox(), Files.readString(settings.serviceAccountKeyFile()))
              : connectWithRefreshToken(settings.mailbox(), settings.refreshToken());
      log.info(
          "Gmail mailbox from the environment connected as {} ({})",
          connection.getId(),
          connection.getKind());
    } catch (ConnectionException | IOException e) {
      // Not fatal: the rest of RenOS runs; health and GET /api/emails/connections show the mailbox
      // missing.
      log.error("Gmail mailbox from the environment could not be connected: {}", e.getMessage());
    }
  }
}
