package dk.renos.fake.google.gmail;

import static dk.renos.fake.google.gmail.GmailClients.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.model.BatchModifyMessagesRequest;
import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.ModifyMessageRequest;
import com.google.api.services.gmail.model.ModifyThreadRequest;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendAndModifyTests extends MailboxTestBase {

  @Test
  void sendWithThreadIdJoinsThatThreadAndIsRecorded() throws IOException {
    String enquiry =
        box.deliver(
            mail("Mette <mette@gmail.com>", USER, "Tilbud", "<q1@gmail.com>", null, null, "Pris?"));
    byte[] reply =
        mail(
            "RenOS <" + USER + ">",
            "mette@gmail.com",
            "Re: Tilbud",
            "<r1@renos.dk>",
            null,
            null,
            "Prisen er 2.400 kr.");
    long before = box.historyId();

    Message sent =
        gmail
            .users()
            .messages()
            .send(
                "me",
                new Message()
                    .setThreadId(enquiry)
                    .setRaw(Base64.getUrlEncoder().encodeToString(reply)))
            .execute();

    assertThat(sent.getId()).isNotEqualTo(enquiry);
    assertThat(sent.getThreadId()).isEqualTo(enquiry);
    assertThat(sent.getLabelIds()).containsExactly("SENT");
    assertThat(box.sent())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.id()).isEqualTo(sent.getId());
              assertThat(s.threadId()).isEqualTo(enquiry);
              assertThat(s.raw()).isEqualTo(reply);
            });
    var history =
        gmail
            .users()
            .history()
            .list("me")
            .setStartHistoryId(java.math.BigInteger.valueOf(before))
            .execute();
    assertThat(history.getHistory())
        .singleElement()
        .satisfies(
            h ->
                assertThat(h.getMessagesAdded().get(0).getMessage().getId())
                    .isEqualTo(sent.getId()));
  }

  @Test
  void sendThreadsByInReplyToWithoutThreadIdAndStartsANewThreadOtherwise() throws IOException {
    String enquiry =
        box.deliver(
            mail("Mette <mette@gmail.com>", USER, "Tilbud", "<q1@gmail.com>", null, null, "Pris?"));
    Message reply =
        gmail
            .users()
            .messages()
            .send(
                "me",
                new Message()
                    .encodeRaw(
                        mail(
                            USER,
                            "mette@gmail.com",
                            "Re: Tilbud",
                            "<r1@renos.dk>",
                            "<q1@gmail.com>",
                            null,
                            "Svar")))
            .execute();
    Message fresh =
        gmail
            .users()
            .messages()
            .send(
                "me",
                new Message()
                    .setThreadId("does-not-exist")
                    .encodeRaw(
                        mail(USER, "lars@gmail.com", "Nyhed", "<n1@renos.dk>", null, null, "Hej")))
            .execute();
    assertThat(reply.getThreadId()).isEqualTo(enquiry);
    assertThat(fresh.getThreadId()).isEqualTo(fresh.getId());
    assertThat(box.sent()).hasSize(2);
  }

  @Test
  void sendWithoutRecipientIs400() {
    assertThatThrownBy(
            () ->
                gmail
                    .users()
                    .messages()
                    .send(
                        "me",
                        new Message()
                            .encodeRaw(
                                mail(
                                    USER, null, "Ingen modtager", "<x@renos.dk>", null, null, "x")))
                    .execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(400);
              assertThat(e.getDetails().getMessage()).isEqualTo("Recipient address required");
            });
    assertThat(box.sent()).isEmpty();
  }

  @Test
  void modifyBatchModifyAndThreadModify() throws IOException {
    String a = box.deliver(mail("a", "<a@x>"));
    String b = box.deliver(mail("Kunde <k@x.dk>", USER, "Re: a", "<b@x>", "<a@x>", null, "b"));
    String c = box.deliver(mail("c", "<c@x>"));

    Message modified =
        gmail
            .users()
            .messages()
            .modify(
                "me",
                a,
                new ModifyMessageRequest()
                    .setAddLabelIds(List.of("STARRED"))
                    .setRemoveLabelIds(List.of("UNREAD")))
            .execute();
    assertThat(modified.getLabelIds()).containsExactly("INBOX", "STARRED");

    gmail
        .users()
        .messages()
        .batchModify(
            "me",
            new BatchModifyMessagesRequest()
                .setIds(List.of(b, c))
                .setRemoveLabelIds(List.of("INBOX")))
        .execute();
    assertThat(box.labelIdsOf(b)).containsExactly("UNREAD");
    assertThat(box.labelIdsOf(c)).containsExactly("UNREAD");

    var thread =
        gmail
            .users()
            .threads()
            .modify("me", a, new ModifyThreadRequest().setAddLabelIds(List.of("IMPORTANT")))
            .execute();
    assertThat(thread.getMessages()).extracting(Message::getId).containsExactly(a, b);
    assertThat(box.labelIdsOf(a)).contains("IMPORTANT");
    assertThat(box.labelIdsOf(b)).contains("IMPORTANT");
    assertThat(box.labelIdsOf(c)).doesNotContain("IMPORTANT");
  }

  @Test
  void unknownLabelIs400InvalidArgument() throws IOException {
    String a = box.deliver(mail("a", "<a@x>"));
    assertThatThrownBy(
            () ->
                gmail
                    .users()
                    .messages()
                    .modify(
                        "me", a, new ModifyMessageRequest().setAddLabelIds(List.of("Label_999")))
                    .execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(400);
              assertThat(e.getDetails().getErrors().get(0).getReason())
                  .isEqualTo("invalidArgument");
            });
    assertThatThrownBy(
            () ->
                gmail
                    .users()
                    .messages()
                    .batchModify(
                        "me",
                        new BatchModifyMessagesRequest()
                            .setIds(List.of(a))
                            .setRemoveLabelIds(List.of("nope")))
                    .execute())
        .isInstanceOfSatisfying(
            GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
    assertThat(box.labelIdsOf(a)).containsExactly("INBOX", "UNREAD");
  }

  @Test
  void deleteAndTrash() throws IOException {
    String a = box.deliver(mail("a", "<a@x>"));
    String b = box.deliver(mail("b", "<b@x>"));
    gmail.users().messages().trash("me", a).execute();
    assertThat(box.labelIdsOf(a)).contains("TRASH");
    assertThat(gmail.users().messages().list("me").execute().getMessages())
        .extracting(Message::getId)
        .containsExactly(b);
    gmail.users().messages().delete("me", b).execute();
    assertThat(box.messageIds()).containsExactly(a);
  }

  @Test
  void insertStoresWithoutSending() throws IOException {
    Message inserted =
        gmail
            .users()
            .messages()
            .insert("me", new Message().setLabelIds(List.of("INBOX")).encodeRaw(mail("i", "<i@x>")))
            .execute();
    assertThat(box.messageIds()).containsExactly(inserted.getId());
    assertThat(box.sent()).isEmpty();
  }
}
