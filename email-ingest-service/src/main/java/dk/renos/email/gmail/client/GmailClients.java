package dk.renos.email.gmail.client;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.gmail.Gmail;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;
import dk.renos.email.gmail.GmailSettings;
import org.springframework.stereotype.Component;

/** Builds the official Gmail client for a credential, pointed at the configured root URL. */
@Component
public class GmailClients {

  private final GmailSettings settings;
  private final HttpTransport transport;

  GmailClients(GmailSettings settings, HttpTransport gmailTransport) {
    this.settings = settings;
    this.transport = gmailTransport;
  }

  public Gmail client(GoogleCredentials credentials) {
    HttpCredentialsAdapter authorisation = new HttpCredentialsAdapter(credentials);
    int timeout = Math.toIntExact(settings.requestTimeout().toMillis());
    return new Gmail.Builder(
            transport,
            GsonFactory.getDefaultInstance(),
            request -> {
              authorisation.initialize(
                  request); // adds the bearer token, and refreshes it once on a 401
              request.setConnectTimeout(timeout);
              request.setReadTimeout(timeout);
            })
        .setRootUrl(settings.clientRootUrl())
        .setApplicationName("RenOS")
        .build();
  }
}
