package dk.renos.fake.google.gmail;

import static dk.renos.fake.google.gmail.GmailClients.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.MessagePart;
import com.google.api.services.gmail.model.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesApiTests extends MailboxTestBase {

  @Test
  void pagingThrough1200MessagesWith500PerPageGivesEachIdExactlyOnce() throws IOException {
    Instant base = Instant.parse("2025-03-01T08:00:00Z");
    for (int i = 0; i < 1200; i++) {
      // many equal internalDates: the id must break ties for paging to be exact
      box.deliverAt(
          mail("Besked " + i, "<m" + i + "@kunde.dk>"), base.plusSeconds((i % 200) * 60L));
    }
    Set<String> seen = new HashSet<>();
    List<Long> dates = new ArrayList<>();
    String pageToken = null;
    int pages = 0;
    do {
      ListMessagesResponse page =
          gmail.users().messages().list("me").setMaxResults(500L).setPageToken(pageToken).execute();
      pages++;
      if (pages == 1) {
        assertThat(page.getResultSizeEstimate()).isEqualTo(1200L);
        // a message arriving mid-sync must not shift the pages still to come
        box.deliver(mail("Kommer under synkronisering", "<late@kunde.dk>"));
      }
      for (Message m : page.getMessages()) {
        assertThat(seen.add(m.getId())).as("duplicate %s", m.getId()).isTrue();
        assertThat(m.getThreadId()).isNotBlank();
      }
      pageToken = page.getNextPageToken();
    } while (pageToken != null);
    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(1200).doesNotContain(box.messageIds().get(0));
    for (String id : new ArrayList<>(seen).subList(0, 50)) {
      dates.add(
          Long.parseLong(
              gmail
                  .users()
                  .messages()
                  .get("me", id)
                  .setFormat("minimal")
                  .execute()
                  .getInternalDate()
                  .toString()));
    }
    assertThat(dates).allMatch(d -> d >= base.toEpochMilli());
  }

  @Test
  void listsNewestInternalDateFirst() throws IOException {
    String older = box.deliverAt(mail("a", "<a@x>"), Instant.parse("2025-01-01T10:00:00Z"));
    String newest = box.deliverAt(mail("b", "<b@x>"), Instant.parse("2025-06-01T10:00:00Z"));
    String middle = box.deliverAt(mail("c", "<c@x>"), Instant.parse("2025-03-01T10:00:00Z"));
    var ids =
        gmail.users().messages().list("me").execute().getMessages().stream()
            .map(Message::getId)
            .toList();
    assertThat(ids).containsExactly(newest, middle, older);
  }

  @Test
  void getInEveryFormat() throws IOException {
    byte[] raw =
        ("From: =?UTF-8?B?"
                + b64("Søren Østergaard")
                + "?= <soren@example.dk>\r\n"
                + "To: info@renos.dk\r\nSubject: =?UTF-8?Q?Tilbud_p=C3=A5_flyttereng=C3=B8ring?=\r\n"
                + "Date: Tue, 4 Mar 2025 09:15:00 +0100\r\nMessage-ID: <abc@example.dk>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Hej, vi skal bruge en flyttereng=C3=B8ring af 85 m=C2=B2 & 'hurtigt'.\r\n--b1\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n\r\n<p>Hej</p>\r\n--b1--\r\n")
            .getBytes(StandardCharsets.UTF_8);
    String id = box.deliver(raw);

    Message rawView = gmail.users().messages().get("me", id).setFormat("raw").execute();
    assertThat(Base64.getUrlDecoder().decode(rawView.getRaw())).isEqualTo(raw);
    assertThat(rawView.decodeRaw()).isEqualTo(raw);
    assertThat(rawView.getInternalDate())
        .isEqualTo(Instant.parse("2025-03-04T08:15:00Z").toEpochMilli());
    assertThat(rawView.getLabelIds()).containsExactly("INBOX", "UNREAD");
    assertThat(rawView.getSizeEstimate()).isEqualTo(raw.length);
    assertThat(rawView.getHistoryId()).isNotNull();
    assertThat(rawView.getSnippet())
        .isEqualTo("Hej, vi skal bruge en flytterengøring af 85 m² &amp; &#39;hurtigt&#39;.");
    assertThat(rawView.getPayload()).isNull();

    Message full = gmail.users().messages().get("me", id).execute();
    MessagePart payload = full.getPayload();
    assertThat(payload.getMimeType()).isEqualTo("multipart/alternative");
    assertThat(payload.getHeaders())
        .anySatisfy(
            h -> {
              assertThat(h.getName()).isEqualTo("Subject");
              assertThat(h.getValue()).isEqualTo("Tilbud på flytterengøring");
            });
    assertThat(payload.getParts()).hasSize(2);
    assertThat(payload.getParts().get(0).getPartId()).isEqualTo("0");
    assertThat(new String(payload.getParts().get(0).getBody().decodeData(), StandardCharsets.UTF_8))
        .startsWith("Hej, vi skal bruge en flytterengøring");

    Message metadata =
        gmail
            .users()
            .messages()
            .get("me", id)
            .setFormat("metadata")
            .setMetadataHeaders(List.of("From", "subject"))
            .execute();
    assertThat(metadata.getPayload().getHeaders())
        .extracting(h -> h.getName())
        .containsExactly("From", "Subject");
    assertThat(metadata.getPayload().getHeaders().get(0).getValue())
        .isEqualTo("Søren Østergaard <soren@example.dk>");

    Message minimal = gmail.users().messages().get("me", id).setFormat("minimal").execute();
    assertThat(minimal.getPayload()).isNull();
    assertThat(minimal.getRaw()).isNull();
    assertThat(minimal.getThreadId()).isEqualTo(id);
  }

  @Test
  void unknownMessageIs404NotFound() {
    assertThatThrownBy(() -> gmail.users().messages().get("me", "18ffffffffffffff").execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(404);
              assertThat(e.getDetails().getErrors().get(0).getReason()).isEqualTo("notFound");
            });
  }

  @Test
  void anotherUsersMailboxIs404() {
    assertThatThrownBy(() -> gmail.users().messages().list("someone-else@renos.dk").execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void userIdMayBeTheEmailAddress() throws IOException {
    box.deliver(mail("x", "<x@x>"));
    assertThat(gmail.users().messages().list(USER).execute().getMessages()).hasSize(1);
  }

  @Test
  void queryAfterBeforeAndFrom() throws IOException {
    String jan =
        box.deliverAt(
            mail("Mette <mette@gmail.com>", "info@renos.dk", "jan", "<j@x>", null, null, "x"),
            Instant.parse("2025-01-15T12:00:00Z"));
    String feb =
        box.deliverAt(
            mail("Lars <lars@hotmail.com>", "info@renos.dk", "feb", "<f@x>", null, null, "x"),
            Instant.parse("2025-02-15T12:00:00Z"));
    String mar =
        box.deliverAt(
            mail("Mette <mette@gmail.com>", "info@renos.dk", "mar", "<m@x>", null, null, "x"),
            Instant.parse("2025-03-15T12:00:00Z"));

    assertThat(ids("after:" + Instant.parse("2025-02-01T00:00:00Z").getEpochSecond()))
        .containsExactly(mar, feb);
    assertThat(ids("before:2025/02/01")).containsExactly(jan);
    assertThat(ids("after:2025/02/01 before:2025/03/01")).containsExactly(feb);
    assertThat(ids("from:mette@gmail.com")).containsExactly(mar, jan);
    assertThat(ids("from:Mette after:2025/02/01")).containsExactly(mar);
    assertThat(ids("-from:mette")).containsExactly(feb);
    assertThat(ids("subject:feb")).containsExactly(feb);
    assertThat(ids("is:unread in:inbox")).containsExactly(mar, feb, jan);
  }

  @Test
  void unsupportedQueryTermIs400() {
    assertThatThrownBy(() -> gmail.users().messages().list("me").setQ("size:1000").execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(400);
              assertThat(e.getDetails().getErrors().get(0).getReason())
                  .isEqualTo("invalidArgument");
            });
  }

  @Test
  void labelIdsMustAllMatchAndSpamAndTrashAreExcludedByDefault() throws IOException {
    String inbox = box.deliver(mail("a", "<a@x>"), "INBOX");
    String starred = box.deliver(mail("b", "<b@x>"), "INBOX", "STARRED");
    String spam = box.deliver(mail("c", "<c@x>"), "SPAM");
    assertThat(
            gmail
                .users()
                .messages()
                .list("me")
                .setLabelIds(List.of("INBOX", "STARRED"))
                .execute()
                .getMessages())
        .extracting(Message::getId)
        .containsExactly(starred);
    assertThat(ids(null)).containsExactlyInAnyOrder(inbox, starred);
    assertThat(
            gmail.users().messages().list("me").setIncludeSpamTrash(true).execute().getMessages())
        .extracting(Message::getId)
        .contains(spam);
    assertThat(
            gmail
                .users()
                .messages()
                .list("me")
                .setLabelIds(List.of("SPAM"))
                .execute()
                .getMessages())
        .extracting(Message::getId)
        .containsExactly(spam);
    assertThat(
            gmail
                .users()
                .messages()
                .list("me")
                .setLabelIds(List.of("TRASH"))
                .execute()
                .getMessages())
        .isNull();
  }

  @Test
  void profileCountsMessagesThreadsAndHistory() throws IOException {
    box.deliver(mail("a", "<a@x>"));
    box.deliver(mail("Kunde <k@x.dk>", "info@renos.dk", "Re: a", "<b@x>", "<a@x>", null, "svar"));
    Profile profile = gmail.users().getProfile("me").execute();
    assertThat(profile.getEmailAddress()).isEqualTo(USER);
    assertThat(profile.getMessagesTotal()).isEqualTo(2);
    assertThat(profile.getThreadsTotal()).isEqualTo(1);
    assertThat(profile.getHistoryId().longValue()).isEqualTo(box.historyId());
  }

  @Test
  void threadsListAndGet() throws IOException {
    String first =
        box.deliverAt(
            mail("Kunde <k@x.dk>", "info@renos.dk", "Tilbud", "<t1@x>", null, null, "Første"),
            Instant.parse("2025-01-01T10:00:00Z"));
    String reply =
        box.deliverAt(
            mail(
                "Kunde <k@x.dk>", "info@renos.dk", "Re: Tilbud", "<t2@x>", "<t1@x>", null, "Anden"),
            Instant.parse("2025-01-02T10:00:00Z"));
    String other = box.deliverAt(mail("x", "<o@x>"), Instant.parse("2025-01-01T12:00:00Z"));
    assertThat(box.threadIdOf(reply)).isEqualTo(first);

    var threads = gmail.users().threads().list("me").execute();
    assertThat(threads.getThreads()).extracting(t -> t.getId()).containsExactly(first, other);
    assertThat(threads.getThreads().get(0).getSnippet()).isEqualTo("Anden");
    assertThat(threads.getResultSizeEstimate()).isEqualTo(2L);

    var thread = gmail.users().threads().get("me", first).setFormat("minimal").execute();
    assertThat(thread.getMessages()).extracting(Message::getId).containsExactly(first, reply);
    assertThat(thread.getHistoryId()).isNotNull();

    var paged = gmail.users().threads().list("me").setMaxResults(1L).execute();
    assertThat(paged.getThreads()).hasSize(1);
    var second =
        gmail
            .users()
            .threads()
            .list("me")
            .setMaxResults(1L)
            .setPageToken(paged.getNextPageToken())
            .execute();
    assertThat(second.getThreads()).extracting(t -> t.getId()).containsExactly(other);
    assertThat(second.getNextPageToken()).isNull();

    assertThat(gmail.users().threads().list("me").setQ("Anden").execute().getThreads())
        .extracting(t -> t.getId())
        .containsExactly(first);
  }

  private List<String> ids(String q) throws IOException {
    var response = gmail.users().messages().list("me").setQ(q).execute();
    return response.getMessages() == null
        ? List.of()
        : response.getMessages().stream().map(Message::getId).toList();
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
