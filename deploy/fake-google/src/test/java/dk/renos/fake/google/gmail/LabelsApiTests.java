package dk.renos.fake.google.gmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.model.Label;
import com.google.api.services.gmail.model.ModifyMessageRequest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsApiTests extends MailboxTestBase {

  @Test
  void systemLabelsAreListed() throws IOException {
    List<Label> labels = gmail.users().labels().list("me").execute().getLabels();
    assertThat(labels)
        .extracting(Label::getId)
        .contains("INBOX", "SENT", "UNREAD", "SPAM", "TRASH", "STARRED", "IMPORTANT");
    assertThat(labels).allMatch(l -> l.getType().equals("system"));
  }

  @Test
  void createUseAndConflictOnDuplicateName() throws IOException {
    Label created =
        gmail
            .users()
            .labels()
            .create(
                "me",
                new Label()
                    .setName("RenOS/Behandlet")
                    .setLabelListVisibility("labelShow")
                    .setMessageListVisibility("show"))
            .execute();
    assertThat(created.getId()).isEqualTo("Label_1");
    assertThat(created.getType()).isEqualTo("user");
    assertThat(box.labelIdsByName())
        .containsEntry("RenOS/Behandlet", "Label_1")
        .containsEntry("INBOX", "INBOX");

    assertThatThrownBy(
            () ->
                gmail
                    .users()
                    .labels()
                    .create(
                        "me",
                        new Label()
                            .setName("renos/behandlet")
                            .setLabelListVisibility("labelShow")
                            .setMessageListVisibility("show"))
                    .execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(409);
              assertThat(e.getDetails().getMessage()).isEqualTo("Label name exists or conflicts");
              assertThat(e.getDetails().getErrors().get(0).getReason()).isEqualTo("alreadyExists");
            });

    String id = box.deliver(GmailClients.mail("a", "<a@x>"));
    gmail
        .users()
        .messages()
        .modify("me", id, new ModifyMessageRequest().setAddLabelIds(List.of("Label_1")))
        .execute();
    Label withCounts = gmail.users().labels().get("me", "Label_1").execute();
    assertThat(withCounts.getMessagesTotal()).isEqualTo(1);
    assertThat(withCounts.getMessagesUnread()).isEqualTo(1);
    assertThat(
            gmail
                .users()
                .messages()
                .list("me")
                .setQ("label:renos-behandlet")
                .execute()
                .getMessages())
        .hasSize(1);

    gmail.users().labels().delete("me", "Label_1").execute();
    assertThat(box.labelIdsOf(id)).doesNotContain("Label_1");
    assertThat(gmail.users().labels().list("me").execute().getLabels())
        .extracting(Label::getId)
        .doesNotContain("Label_1");
    assertThatThrownBy(() -> gmail.users().labels().delete("me", "Label_1").execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
  }
}
