package dk.renos.email.ingest;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Senders whose mail is never ingested ({@code renos.email.blocklist}, env {@code
 * RENOS_EMAIL_BLOCKLIST}, comma separated): a full address ({@code noreply@example.com}) blocks
 * that address; a domain ({@code example.com} or {@code @example.com}) blocks it and its
 * subdomains.
 */
@Component
public class SenderBlocklist {

  private final List<String> addresses;
  private final List<String> domains;

  public SenderBlocklist(@Value("${renos.email.blocklist:}") List<String> entries) {
    List<String> cleaned =
        entries.stream()
            .map(e -> e.strip().toLowerCase(Locale.ROOT))
            .filter(e -> !e.isEmpty())
            .toList();
    this.addresses = cleaned.stream().filter(e -> e.indexOf('@') > 0).toList();
    this.domains =
        cleaned.stream()
            .filter(e -> e.indexOf('@') <= 0)
            .map(e -> e.startsWith("@") ? e.substring(1) : e)
            .toList();
  }

  public boolean blocks(String sender) {
    String address = sender.strip().toLowerCase(Locale.ROOT);
    if (addresses.contains(address)) {
      return true;
    }
    String domain = address.substring(address.lastIndexOf('@') + 1);
    return domains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
  }
}
