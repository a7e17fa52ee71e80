package dk.renos.email.gmail;

import dk.renos.email.gmail.connection.TestTokenKeys;
import dk.renos.fake.google.FakeGoogleServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One fake Gmail server for every Gmail IT in this JVM, and the properties that point the service's
 * real Google client at it. The ITs that use {@link #register} share one Spring context.
 */
public final class GmailTestSupport {

  public static final String CLIENT_ID = "renos-it.apps.googleusercontent.com";
  public static final String CLIENT_SECRET = "it-secret";
  public static final FakeGoogleServer GMAIL = FakeGoogleServer.start();
  private static final String TOKEN_KEY = TestTokenKeys.newBase64Key();

  static {
    GMAIL.oauth().registerClient(CLIENT_ID, CLIENT_SECRET);
  }

  private GmailTestSupport() {}

  public static void register(DynamicPropertyRegistry registry) {
    registry.add("renos.gmail.root-url", GMAIL::rootUrl);
    registry.add("renos.gmail.token-url", () -> GMAIL.tokenUrl().toString());
    registry.add("renos.gmail.authorization-url", () -> GMAIL.authorizationUrl().toString());
    registry.add("renos.gmail.client-id", () -> CLIENT_ID);
    registry.add("renos.gmail.client-secret", () -> CLIENT_SECRET);
    registry.add(
        "renos.gmail.redirect-uri",
        () -> "http://localhost:8080/api/emails/connections/oauth/callback");
    registry.add("renos.gmail.token-key", () -> TOKEN_KEY);
    registry.add("renos.gmail.poll-interval", () -> "300ms");
    registry.add("renos.gmail.page-size", () -> "50");
    registry.add("renos.gmail.batch-size", () -> "20");
    registry.add("renos.gmail.retry-initial-interval", () -> "50ms");
    registry.add("renos.gmail.retry-max-interval", () -> "3s");
    registry.add("renos.gmail.retry-attempts", () -> "4");
    registry.add("renos.gmail.breaker-open-for", () -> "2s");
    registry.add("renos.gmail.reconcile-interval", () -> "1h");
    registry.add("renos.email.blocklist", () -> "blocked.example,spammer@example.org");
  }

  /** A fresh mailbox address, so tests never see each other's mail. */
  public static String newMailbox() {
    return "office-" + UUID.randomUUID().toString().substring(0, 8) + "@renos-it.example.dk";
  }

  public static byte[] mail(
      String messageId, String from, String to, String subject, String body, String extraHeaders) {
    return ("From: "
            + from
            + "\r\nTo: "
            + to
            + "\r\nSubject: "
            + subject
            + "\r\nMessage-ID: "
            + messageId
            + "\r\nDate: Mon, 16 Nov 2026 09:15:00 +0100\r\nMIME-Version: 1.0\r\n"
            + extraHeaders
            + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + body
            + "\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  public static String messageId(String label) {
    return "<" + label + "-" + UUID.randomUUID() + "@it.example.dk>";
  }

  public static void await(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out after " + timeout + " waiting for: " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
