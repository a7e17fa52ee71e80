package dk.renos.fake.google.gmail;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.gmail.Gmail;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.UserCredentials;
import dk.renos.fake.google.FakeGoogleServer;
import java.nio.charset.StandardCharsets;

/**
 * Builds the official client against a FakeGoogleServer, the way production code builds it against
 * Google.
 */
public final class GmailClients {
  public static final String CLIENT_ID = "123-renos.apps.googleusercontent.com";
  public static final String CLIENT_SECRET = "GOCSPX-fake-secret";
  public static final NetHttpTransport TRANSPORT = new NetHttpTransport();

  private GmailClients() {}

  public static UserCredentials userCredentials(FakeGoogleServer server, String user) {
    server.oauth().registerClient(CLIENT_ID, CLIENT_SECRET);
    String refreshToken = server.oauth().issueRefreshToken(CLIENT_ID, user);
    return UserCredentials.newBuilder()
        .setClientId(CLIENT_ID)
        .setClientSecret(CLIENT_SECRET)
        .setRefreshToken(refreshToken)
        .setTokenServerUri(server.tokenUrl())
        .build();
  }

  public static Gmail gmail(FakeGoogleServer server, GoogleCredentials credentials) {
    return new Gmail.Builder(
            TRANSPORT, GsonFactory.getDefaultInstance(), new HttpCredentialsAdapter(credentials))
        .setRootUrl(server.rootUrl())
        .setApplicationName("renos-fake-google-tests")
        .build();
  }

  public static Gmail gmailFor(FakeGoogleServer server, String user) {
    return gmail(server, userCredentials(server, user));
  }

  /** A small RFC 822 message; inReplyTo and date may be null. */
  public static byte[] mail(
      String from,
      String to,
      String subject,
      String messageId,
      String inReplyTo,
      String date,
      String body) {
    StringBuilder s = new StringBuilder();
    s.append("From: ").append(from).append("\r\n");
    if (to != null) {
      s.append("To: ").append(to).append("\r\n");
    }
    s.append("Subject: ").append(subject).append("\r\n");
    if (messageId != null) {
      s.append("Message-ID: ").append(messageId).append("\r\n");
    }
    if (inReplyTo != null) {
      s.append("In-Reply-To: ").append(inReplyTo).append("\r\n");
      s.append("References: ").append(inReplyTo).append("\r\n");
    }
    if (date != null) {
      s.append("Date: ").append(date).append("\r\n");
    }
    s.append(
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
    s.append(body).append("\r\n");
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] mail(String subject, String messageId) {
    return mail(
        "Kunde <kunde@example.dk>",
        "info@renos.dk",
        subject,
        messageId,
        null,
        null,
        "Hej, " + subject);
  }
}
