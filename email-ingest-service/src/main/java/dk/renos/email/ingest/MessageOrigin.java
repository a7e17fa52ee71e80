package dk.renos.email.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a message synced from Gmail lives there. Messages from the local mailbox or POST
 * /api/emails have no origin.
 *
 * @param internalDate when Gmail received it: the message's {@code receivedAt}, so a year-old
 *     message synced today is not "received today"
 * @param outbound sent from the mailbox (Gmail label SENT): stored for the thread, not published as
 *     received
 * @param backfill imported by the mailbox's initial (full) sync: history, published with {@code
 *     backfill = true} so consumers do not treat it as new mail
 */
public record MessageOrigin(
    UUID connectionId,
    String gmailId,
    String gmailThreadId,
    List<String> labelIds,
    Instant internalDate,
    boolean outbound,
    boolean backfill) {

  public MessageOrigin {
    labelIds = List.copyOf(labelIds);
  }
}
