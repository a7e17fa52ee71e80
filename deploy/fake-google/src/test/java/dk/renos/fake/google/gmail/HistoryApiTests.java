package dk.renos.fake.google.gmail;

import static dk.renos.fake.google.gmail.GmailClients.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.model.History;
import com.google.api.services.gmail.model.ListHistoryResponse;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryApiTests extends MailboxTestBase {

  @Test
  void recordsAddDeleteAndRelabelAfterTheStartId() throws IOException {
    String old = box.deliver(mail("gammel", "<old@x>"));
    long start = gmail.users().getProfile("me").execute().getHistoryId().longValue();
    String added = box.deliver(mail("ny", "<new@x>"));
    box.modifyLabels(old, List.of("STARRED"), List.of("UNREAD"));
    box.delete(old);

    ListHistoryResponse response = list(start, null, null);
    List<History> history = response.getHistory();
    assertThat(history).hasSize(3);
    assertThat(history)
        .extracting(h -> h.getId().longValue())
        .isSorted()
        .allMatch(id -> id > start);
    assertThat(history.get(0).getMessagesAdded())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getMessage().getId()).isEqualTo(added);
              assertThat(a.getMessage().getLabelIds()).containsExactly("INBOX", "UNREAD");
            });
    assertThat(history.get(0).getMessages()).extracting(m -> m.getId()).containsExactly(added);
    assertThat(history.get(1).getLabelsAdded())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.getMessage().getId()).isEqualTo(old);
              assertThat(l.getLabelIds()).containsExactly("STARRED");
            });
    assertThat(history.get(1).getLabelsRemoved())
        .singleElement()
        .satisfies(l -> assertThat(l.getLabelIds()).containsExactly("UNREAD"));
    assertThat(history.get(2).getMessagesDeleted())
        .singleElement()
        .satisfies(d -> assertThat(d.getMessage().getId()).isEqualTo(old));
    assertThat(response.getHistoryId().longValue()).isEqualTo(box.historyId());

    assertThat(list(box.historyId(), null, null).getHistory()).isNull();
  }

  @Test
  void historyTypesAndLabelIdFilter() throws IOException {
    long start = box.historyId();
    String a = box.deliver(mail("a", "<a@x>"));
    box.deliver(mail("b", "<b@x>"), "SPAM");
    box.modifyLabels(a, List.of(), List.of("UNREAD"));

    assertThat(list(start, List.of("labelRemoved"), null).getHistory())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.getLabelsRemoved()).hasSize(1);
              assertThat(h.getMessagesAdded()).isNull();
            });
    assertThat(list(start, List.of("messageAdded"), null).getHistory()).hasSize(2);
    assertThat(list(start, List.of("messageAdded"), "SPAM").getHistory()).hasSize(1);
  }

  @Test
  void pagesThroughManyRecords() throws IOException {
    long start = box.historyId();
    for (int i = 0; i < 250; i++) {
      box.deliver(mail("m" + i, "<m" + i + "@x>"));
    }
    List<Long> ids = new ArrayList<>();
    String token = null;
    do {
      ListHistoryResponse page =
          gmail
              .users()
              .history()
              .list("me")
              .setStartHistoryId(BigInteger.valueOf(start))
              .setMaxResults(100L)
              .setPageToken(token)
              .execute();
      page.getHistory().forEach(h -> ids.add(h.getId().longValue()));
      token = page.getNextPageToken();
    } while (token != null);
    assertThat(ids).hasSize(250).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void expiredHistoryIs404() throws IOException {
    long start = box.historyId();
    box.deliver(mail("a", "<a@x>"));
    box.expireHistory();
    assertThatThrownBy(() -> list(start, null, null))
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(404);
              assertThat(e.getDetails().getErrors().get(0).getReason()).isEqualTo("notFound");
            });
    // a full sync's fresh historyId works again
    long current = gmail.users().getProfile("me").execute().getHistoryId().longValue();
    box.deliver(mail("b", "<b@x>"));
    assertThat(list(current, null, null).getHistory()).hasSize(1);
  }

  @Test
  void missingStartHistoryIdIs400() {
    assertThatThrownBy(() -> gmail.users().history().list("me").execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
  }

  private ListHistoryResponse list(long start, List<String> types, String labelId)
      throws IOException {
    return gmail
        .users()
        .history()
        .list("me")
        .setStartHistoryId(BigInteger.valueOf(start))
        .setHistoryTypes(types)
        .setLabelId(labelId)
        .execute();
  }
}
