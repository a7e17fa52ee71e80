package dk.renos.lead.intake.parsing.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail address helpers: extraction, validation and the domains we must never write to. */
public final class EmailAddresses {

  /** Portal relays: anything sent there is lost (Leadmail.no) or forbidden (AdHelp). */
  public static final Set<String> NEVER_SEND_TO = Set.of("leadmail.no", "adhelp.dk");

  /** Domains of the lead portals: their addresses are never a customer's address. */
  public static final Set<String> PORTAL_DOMAINS =
      Set.of("leadmail.no", "leadpoint.dk", "adhelp.dk");

  private static final Pattern ADDRESS =
      Pattern.compile(
          "[\\p{L}\\p{N}._%+'\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,}");
  private static final Pattern NO_REPLY =
      Pattern.compile(
          "(?i)^(no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster|wordpress|bounce[s]?)([+.\\-_].*)?@.*");

  private EmailAddresses() {}

  /**
   * The first address in a value such as {@code "Mette <Mette@Example.dk>"} or {@code
   * "mailto:x@y.dk"}, lower-cased; null when there is none.
   */
  public static String normalise(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = ADDRESS.matcher(raw);
    return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
  }

  /** Every address in a text, lower-cased, in order of appearance. */
  public static List<String> findAll(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = ADDRESS.matcher(text);
    while (m.find()) {
      String address = m.group().toLowerCase(Locale.ROOT);
      if (!found.contains(address)) {
        found.add(address);
      }
    }
    return found;
  }

  /** The domain part, lower-case, without a trailing dot; null when the value holds no address. */
  public static String domain(String raw) {
    String address = normalise(raw);
    if (address == null) {
      return null;
    }
    String domain = address.substring(address.lastIndexOf('@') + 1);
    return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
  }

  /**
   * True when the address is at (a subdomain of) a domain we must never send to, or is not an
   * address.
   */
  public static boolean isNeverSendTo(String raw) {
    String domain = domain(raw);
    return domain == null || isAtOrUnder(domain, NEVER_SEND_TO);
  }

  public static boolean isPortal(String raw) {
    String domain = domain(raw);
    return domain != null && isAtOrUnder(domain, PORTAL_DOMAINS);
  }

  public static boolean isNoReply(String raw) {
    String address = normalise(raw);
    return address == null || NO_REPLY.matcher(address).matches();
  }

  static boolean isAtOrUnder(String domain, Set<String> domains) {
    for (String d : domains) {
      if (domain.equals(d) || domain.endsWith("." + d)) {
        return true;
      }
    }
    return false;
  }
}
