package dk.renos.fake.google.gmail;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.client.googleapis.batch.BatchRequest;
import com.google.api.client.googleapis.batch.json.JsonBatchCallback;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.http.HttpHeaders;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import dk.renos.fake.google.FakeGoogleServer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MessageGeneratorTests {
  private static final String USER = "info@renos.dk";

  @Test
  void sameSeedGivesTheSameMail() {
    Instant now = Instant.now();
    var first = new MessageGenerator(USER, 42, now).generate(30, 4);
    var second = new MessageGenerator(USER, 42, now).generate(30, 4);
    var other = new MessageGenerator(USER, 43, now).generate(30, 4);
    assertThat(first).hasSize(120);
    for (int i = 0; i < first.size(); i++) {
      assertThat(first.get(i).raw()).isEqualTo(second.get(i).raw());
      assertThat(first.get(i).internalDate()).isEqualTo(second.get(i).internalDate());
    }
    assertThat(Arrays.equals(first.get(0).raw(), other.get(0).raw())).isFalse();
  }

  @Test
  void generatedMailIsThreadedDatedAndReadable() {
    try (FakeGoogleServer server = FakeGoogleServer.start()) {
      FakeMailbox box = server.mailbox(USER);
      assertThat(box.generate(40, 5, 1)).isEqualTo(200);
      Set<String> threads = new HashSet<>();
      long now = System.currentTimeMillis();
      int sent = 0;
      for (String id : box.messageIds()) {
        threads.add(box.threadIdOf(id));
        StoredMessage m = box.read(() -> box.message(id));
        assertThat(m.internalDate).isBetween(now - Duration.ofDays(301).toMillis(), now);
        assertThat(m.mime.messageId).startsWith("<").endsWith(">");
        assertThat(m.mime.snippet).isNotBlank();
        assertThat(m.mime.header("Subject")).doesNotContain("=?");
        assertThat(MailDates.parse(m.mime.header("Date"))).isEqualTo(m.internalDate);
        if (m.labels.contains("SENT")) {
          sent++;
          assertThat(m.mime.header("From")).contains(USER);
          assertThat(m.mime.header("In-Reply-To")).isNotNull();
        }
      }
      assertThat(threads).hasSize(40);
      assertThat(sent).isEqualTo(80);
      String allText =
          String.join(
              " ",
              box.messageIds().stream()
                  .map(id -> box.read(() -> box.message(id).mime.text))
                  .toList());
      assertThat(allText).contains("rengøring", "m²", "Venlig hilsen");
    }
  }

  @Test
  void aBenchmarkSizedMailboxSyncsThroughTheClient() throws IOException {
    try (FakeGoogleServer server = FakeGoogleServer.start()) {
      FakeMailbox box = server.mailbox(USER);
      box.generate(2000, 5, 1);
      Gmail gmail = GmailClients.gmailFor(server, USER);
      Set<String> ids = new HashSet<>();
      String token = null;
      do {
        ListMessagesResponse page =
            gmail
                .users()
                .messages()
                .list("me")
                .setMaxResults(500L)
                .setPageToken(token)
                .setIncludeSpamTrash(true)
                .execute();
        page.getMessages().forEach(m -> ids.add(m.getId()));
        token = page.getNextPageToken();
      } while (token != null);
      assertThat(ids).hasSize(10_000);
      List<String> some = new ArrayList<>(ids).subList(0, 100);
      AtomicInteger fetched = new AtomicInteger();
      BatchRequest batch = gmail.batch();
      for (String id : some) {
        gmail
            .users()
            .messages()
            .get("me", id)
            .setFormat("raw")
            .queue(
                batch,
                new JsonBatchCallback<Message>() {
                  @Override
                  public void onSuccess(Message message, HttpHeaders headers) {
                    assertThat(message.decodeRaw())
                        .isEqualTo(box.read(() -> box.message(message.getId()).raw));
                    fetched.incrementAndGet();
                  }

                  @Override
                  public void onFailure(GoogleJsonError error, HttpHeaders headers) {}
                });
      }
      batch.execute();
      assertThat(fetched).hasValue(100);
    }
  }
}
