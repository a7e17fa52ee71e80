package dk.renos.fake.google.gmail;

import com.google.api.services.gmail.Gmail;
import dk.renos.fake.google.FakeGoogleServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh fake server per test, one mailbox in it, and the official Gmail client signed in to it.
 */
abstract class MailboxTestBase {

  static final String USER = "info@renos.dk";

  FakeGoogleServer server;
  FakeMailbox box;
  Gmail gmail;

  @BeforeEach
  void startServer() {
    server = FakeGoogleServer.start();
    box = server.mailbox(USER);
    gmail = GmailClients.gmailFor(server, USER);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }
}
