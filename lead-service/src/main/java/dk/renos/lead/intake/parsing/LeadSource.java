package dk.renos.lead.intake.parsing;

import dk.renos.lead.intake.parsing.fields.EmailAddresses;
import java.util.Optional;

/** Where a lead came from, recognised by the sender's domain, with the rule for answering it. */
public enum LeadSource {
  /** Rengøring.nu, relayed by Leadmail.no. Replies to the relay are lost. */
  RENGORING_NU("Rengøring.nu", "leadmail.no", ReplyRule.NEW_EMAIL_TO_CUSTOMER),
  /** Rengøring Aarhus, relayed by Leadpoint.dk. Replying in the thread reaches the customer. */
  RENGORING_AARHUS("Rengøring Aarhus", "leadpoint.dk", ReplyRule.REPLY_IN_THREAD),
  /** AdHelp. Nothing may ever be sent to adhelp.dk. */
  ADHELP("AdHelp", "adhelp.dk", ReplyRule.NEW_EMAIL_TO_CUSTOMER),
  /** The website form or a direct mail: any other sender. */
  WEBSITE("Website / direct mail", null, ReplyRule.REPLY_IN_THREAD);

  private final String displayName;
  private final String senderDomain;
  private final ReplyRule replyRule;

  LeadSource(String displayName, String senderDomain, ReplyRule replyRule) {
    this.displayName = displayName;
    this.senderDomain = senderDomain;
    this.replyRule = replyRule;
  }

  public String displayName() {
    return displayName;
  }

  /** The portal's sender domain (subdomains included); null for {@link #WEBSITE}. */
  public String senderDomain() {
    return senderDomain;
  }

  public ReplyRule replyRule() {
    return replyRule;
  }

  /** The source of a message from this sender address (or "Name &lt;address&gt;" value). */
  public static LeadSource ofSender(String from) {
    String domain = EmailAddresses.domain(from);
    if (domain != null) {
      for (LeadSource source : values()) {
        if (source.senderDomain != null
            && (domain.equals(source.senderDomain) || domain.endsWith("." + source.senderDomain))) {
          return source;
        }
      }
    }
    return WEBSITE;
  }

  /**
   * The address a quote for this lead must be sent to. {@link ReplyRule#NEW_EMAIL_TO_CUSTOMER}: the
   * customer address found in the body. {@link ReplyRule#REPLY_IN_THREAD}: the original sender,
   * unless that is a no-reply address (website form), then the customer address. Never an address
   * at leadmail.no or adhelp.dk, whatever the input; empty when no permitted address is known (a
   * person must phone the customer).
   */
  public Optional<String> quoteRecipient(ParsedLead lead, String originalSender) {
    String customer = lead == null ? null : EmailAddresses.normalise(lead.email());
    String sender = EmailAddresses.normalise(originalSender);
    String candidate =
        switch (replyRule) {
          case NEW_EMAIL_TO_CUSTOMER -> customer;
          case REPLY_IN_THREAD ->
              sender != null
                      && !EmailAddresses.isNoReply(sender)
                      && !EmailAddresses.isNeverSendTo(sender)
                  ? sender
                  : customer;
        };
    return Optional.ofNullable(candidate).filter(address -> !EmailAddresses.isNeverSendTo(address));
  }
}
