package dk.renos.email.outgoing;

import dk.renos.email.message.EmailMessage;
import dk.renos.email.message.EmailMessageRepository;
import dk.renos.email.thread.EmailThread;
import dk.renos.email.thread.EmailThreadRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Decides how an outgoing email joins the conversation (DOMAIN.md reply rules):
 *
 * <ul>
 *   <li>no thread: a new conversation with the requested subject;
 *   <li>a thread whose inbound mail came from a lead portal that must not be answered
 *       ({@code @leadmail.no}, {@code @adhelp.dk}): a new conversation to the customer's address,
 *       with the requested subject;
 *   <li>otherwise a reply: In-Reply-To = the Message-ID of the thread's latest inbound message (the
 *       latest message when none is inbound), References = its References plus its Message-ID,
 *       subject {@code Re: <thread subject>} unless the requested subject already starts with
 *       {@code Re:}, and the thread's Gmail thread id when it has one. A message stored without a
 *       Message-ID (a synthetic one) is not named in the headers.
 * </ul>
 */
@Component
class ReplyPlanner {

  private final EmailThreadRepository threads;
  private final EmailMessageRepository messages;
  private final RecipientPolicy policy;

  ReplyPlanner(
      EmailThreadRepository threads, EmailMessageRepository messages, RecipientPolicy policy) {
    this.threads = threads;
    this.messages = messages;
    this.policy = policy;
  }

  /**
   * How to send it.
   *
   * @param replyThreadId the RenOS thread the email is a reply in; {@code null} for a new
   *     conversation
   * @param portalThread the requested thread came from a lead portal, so this is a new conversation
   *     instead
   */
  record Plan(
      UUID replyThreadId,
      String subject,
      String inReplyTo,
      List<String> references,
      String gmailThreadId,
      boolean portalThread) {

    Plan {
      references = List.copyOf(references);
    }

    boolean isReply() {
      return replyThreadId != null;
    }

    static Plan newConversation(String subject, boolean portalThread) {
      return new Plan(null, subject, null, List.of(), null, portalThread);
    }
  }

  /**
   * How to send {@code email}; the subject is always one line (as it is written into the header).
   */
  Plan plan(OutgoingEmail email) {
    String requested = MimeComposer.oneLine(email.getSubject());
    if (email.getThreadId() == null) {
      return Plan.newConversation(requested, false);
    }
    EmailThread thread =
        threads
            .findById(email.getThreadId())
            .orElseThrow(
                () -> new IllegalStateException("thread " + email.getThreadId() + " is gone"));
    List<EmailMessage> inThread = messages.findByThreadIdOrderByReceivedAtAscIdAsc(thread.getId());
    List<EmailMessage> inbound =
        inThread.stream().filter(m -> m.getDirection() == EmailMessage.Direction.INBOUND).toList();
    if (inbound.stream().anyMatch(m -> policy.isLeadPortal(m.getSender()))) {
      return Plan.newConversation(requested, true);
    }
    EmailMessage parent =
        !inbound.isEmpty() ? inbound.getLast() : inThread.isEmpty() ? null : inThread.getLast();
    String inReplyTo = null;
    List<String> references = List.of();
    if (parent != null && !parent.isSyntheticMessageId()) {
      inReplyTo = parent.getMessageId();
      LinkedHashSet<String> chain = new LinkedHashSet<>(parent.getReferences());
      chain.remove(inReplyTo);
      chain.add(inReplyTo);
      references = new ArrayList<>(chain);
    }
    return new Plan(
        thread.getId(),
        MimeComposer.oneLine(replySubject(thread.getSubject(), requested)),
        inReplyTo,
        references,
        thread.getGmailThreadId(),
        false);
  }

  /** {@code Re: <thread subject>}, unless the requested subject is already a reply subject. */
  static String replySubject(String threadSubject, String requested) {
    if (isReplySubject(requested) || threadSubject == null || threadSubject.isBlank()) {
      return requested;
    }
    return isReplySubject(threadSubject) ? threadSubject.strip() : "Re: " + threadSubject.strip();
  }

  private static boolean isReplySubject(String subject) {
    return subject.strip().toLowerCase(Locale.ROOT).startsWith("re:");
  }
}
