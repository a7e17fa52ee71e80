package dk.renos.email.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored message as the API shows it (also inside a thread, see EmailThreadController). */
public record EmailMessageView(
    UUID id,
    UUID threadId,
    String rfc822MessageId,
    String inReplyTo,
    List<String> references,
    String direction,
    String fromAddress,
    String fromName,
    List<String> to,
    String subject,
    String bodyText,
    Instant sentAt,
    Instant receivedAt,
    String gmailId,
    List<String> labelIds,
    Instant deletedInGmailAt,
    List<AttachmentView> attachments) {

  public static EmailMessageView from(EmailMessage m) {
    return new EmailMessageView(
        m.getId(),
        m.getThreadId(),
        m.getMessageId(),
        m.getInReplyTo(),
        m.getReferences(),
        m.getDirection().name(),
        m.getSender(),
        m.getFromName(),
        m.getTo(),
        m.getSubject(),
        m.getBodyText(),
        m.getSentAt(),
        m.getReceivedAt(),
        m.getGmailId(),
        m.getLabelIds(),
        m.getDeletedInGmailAt(),
        m.getAttachments().stream()
            .map(
                a ->
                    new AttachmentView(
                        a.getFilename(), a.getMimeType(), a.getSizeBytes(), a.isInline()))
            .toList());
  }

  public record AttachmentView(String filename, String mimeType, long sizeBytes, boolean inline) {}
}
