package dk.renos.quote.mail;

import dk.renos.quote.customer.CustomerContact;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Whom a quote goes to and how, by the lead source's reply rule (DOMAIN.md "Lead sources"):
 * Rengøring.nu (via Leadmail.no) and AdHelp → a new mail to the customer's own address (replies to
 * the portal are lost, and nothing may go to adhelp.dk); Rengøring Aarhus (Leadpoint), the website
 * form and direct mail → a reply in the lead's thread. The address is always the customer's own
 * (from CustomerCreated), never one at leadmail.no or adhelp.dk; none known → empty: staff must
 * call the customer.
 */
public final class QuoteRecipients {

  /** Lead sources whose thread must not be answered: write a new mail to the customer. */
  private static final Set<String> NEW_MAIL_SOURCES = Set.of("RENGORING_NU", "ADHELP");

  /** Domains nothing is ever sent to (subdomains included). */
  private static final Set<String> NEVER_SEND_TO = Set.of("leadmail.no", "adhelp.dk");

  private static final Pattern ADDRESS =
      Pattern.compile("[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;]+");

  private QuoteRecipients() {}

  /**
   * @param to the one permitted address, empty when there is none
   * @param threadId the RenOS thread to reply in; null = a new conversation
   */
  public record Recipient(Optional<String> to, UUID threadId) {}

  public static Recipient of(String leadSource, UUID leadThreadId, CustomerContact contact) {
    UUID thread = leadSource != null && NEW_MAIL_SOURCES.contains(leadSource) ? null : leadThreadId;
    return new Recipient(permitted(contact != null ? contact.getEmail() : null), thread);
  }

  /** The address, lower-cased, if it is one address and not at a never-send-to domain. */
  static Optional<String> permitted(String address) {
    if (address == null) {
      return Optional.empty();
    }
    String normalised = address.strip().toLowerCase(Locale.ROOT);
    if (!ADDRESS.matcher(normalised).matches()) {
      return Optional.empty();
    }
    String domain = normalised.substring(normalised.indexOf('@') + 1);
    boolean forbidden =
        NEVER_SEND_TO.stream()
            .anyMatch(never -> domain.equals(never) || domain.endsWith("." + never));
    return forbidden ? Optional.empty() : Optional.of(normalised);
  }
}
