package dk.renos.email.outgoing;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who RenOS may write to (DOMAIN.md, lead sources): never to {@code @leadmail.no} (Rengøring.nu's
 * relay; replies there are lost) or {@code @adhelp.dk} (AdHelp), subdomains included, in any letter
 * case; and only to one valid bare address. A thread whose mail came from those portals is answered
 * with a new email to the customer's own address, never in the portal's thread ({@link
 * #isLeadPortal(String)}).
 *
 * <p>Reasons name the rule and the portal's domain, never the address itself (personal data).
 */
@Component
public class RecipientPolicy {

  /** Lead portals that must never receive mail, with why. */
  static final List<Portal> NEVER_WRITE_TO =
      List.of(
          new Portal("leadmail.no", "Rengøring.nu's relay: replies there are lost"),
          new Portal("adhelp.dk", "AdHelp: nothing is ever sent to @adhelp.dk"));

  record Portal(String domain, String why) {}

  /** The policy's answer; {@code address} is the bare address to send to when allowed. */
  public record Verdict(boolean allowed, String address, String reason) {

    static Verdict allow(String address) {
      return new Verdict(true, address, null);
    }

    static Verdict refuse(String reason) {
      return new Verdict(false, null, reason);
    }
  }

  public Verdict check(String to) {
    Optional<String> address = singleAddress(to);
    if (address.isEmpty()) {
      return Verdict.refuse("recipient is not one valid email address");
    }
    String domain = domainOf(address.get());
    for (Portal portal : NEVER_WRITE_TO) {
      if (isWithin(domain, portal.domain())) {
        return Verdict.refuse(
            "recipient domain is "
                + portal.domain()
                + " ("
                + portal.why()
                + "); write to the customer's own address");
      }
    }
    return Verdict.allow(address.get());
  }

  /**
   * Whether mail from {@code address} came through a lead portal that must not be answered in its
   * thread.
   */
  public boolean isLeadPortal(String address) {
    if (address == null || address.indexOf('@') < 0) {
      return false;
    }
    String domain = domainOf(address.strip());
    return NEVER_WRITE_TO.stream().anyMatch(portal -> isWithin(domain, portal.domain()));
  }

  /** {@code to} as one bare, syntactically valid address with a dotted domain; empty otherwise. */
  static Optional<String> singleAddress(String to) {
    if (to == null || to.isBlank() || to.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return Optional.empty();
    }
    String candidate = to.strip();
    try {
      InternetAddress[] parsed = InternetAddress.parse(candidate, true);
      if (parsed.length != 1 || parsed[0].isGroup() || parsed[0].getPersonal() != null) {
        return Optional.empty();
      }
      InternetAddress address = parsed[0];
      address.validate();
      String bare = address.getAddress();
      if (!bare.equals(candidate)) {
        return Optional.empty(); // "<a@b.dk>", comments and the like: not a bare address
      }
      int at = bare.lastIndexOf('@');
      String domain = at > 0 ? bare.substring(at + 1) : "";
      if (domain.isEmpty()
          || !domain.contains(".")
          || domain.startsWith("[")
          || domain.startsWith(".")
          || domain.endsWith(".")
          || bare.length() > 254
          || at > 64) {
        return Optional.empty();
      }
      return Optional.of(bare);
    } catch (AddressException e) {
      return Optional.empty();
    }
  }

  private static String domainOf(String address) {
    String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    while (domain.endsWith(".") || domain.endsWith(">")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    return domain;
  }

  private static boolean isWithin(String domain, String portal) {
    return domain.equals(portal) || domain.endsWith("." + portal);
  }
}
