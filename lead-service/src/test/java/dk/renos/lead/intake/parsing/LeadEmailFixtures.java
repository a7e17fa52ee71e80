package dk.renos.lead.intake.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads {@code src/test/resources/lead-emails/*.txt}: a header block (From:, Subject:, optional
 * Reply-To:), a blank line, then the plain-text body.
 */
public final class LeadEmailFixtures {

  private static final Pattern NAME_AND_ADDRESS =
      Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]+)>\\s*$");

  private LeadEmailFixtures() {}

  public static InboundEmail load(String name) {
    String text;
    try (InputStream in = LeadEmailFixtures.class.getResourceAsStream("/lead-emails/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int split = text.indexOf("\n\n");
    String headers = text.substring(0, split);
    String body = text.substring(split + 2);
    String from = "";
    String fromName = "";
    String subject = "";
    List<String> replyTo = new ArrayList<>();
    for (String line : headers.split("\n")) {
      int colon = line.indexOf(':');
      String header = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      switch (header.toLowerCase()) {
        case "from" -> {
          Matcher m = NAME_AND_ADDRESS.matcher(value);
          if (m.matches()) {
            fromName = m.group(1).strip();
            from = m.group(2).strip();
          } else {
            from = value;
          }
        }
        case "subject" -> subject = value;
        case "reply-to" -> replyTo.add(value);
        default -> throw new IllegalArgumentException("Unknown header " + header + " in " + name);
      }
    }
    return new InboundEmail(from, fromName, subject, body, replyTo);
  }
}
