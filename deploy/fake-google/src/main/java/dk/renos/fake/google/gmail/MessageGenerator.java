package dk.renos.fake.google.gmail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic, realistic mail for a Danish cleaning company: customer enquiries, contact-form
 * notifications and lead-portal mails, each followed by replies from the company and the customer,
 * threaded with Message-ID / In-Reply-To / References. Mixed encodings (8bit, quoted-printable,
 * base64, RFC 2047 subjects, multipart/alternative) so that a client's MIME handling is exercised.
 * The same seed gives the same mail on the same day; dates spread over the 300 days before today.
 */
final class MessageGenerator {
  record Generated(byte[] raw, long internalDate, List<String> labelIds) {}

  private record Person(String first, String last, String email, String phone) {
    String name() {
      return first + " " + last;
    }
  }

  private record Service(String name, String request, int pricePerM2) {}

  private static final String[] FIRST = {
    "Mette",
    "Lars",
    "Anne",
    "Søren",
    "Jens",
    "Hanne",
    "Peter",
    "Camilla",
    "Mads",
    "Louise",
    "Rasmus",
    "Sofie",
    "Anders",
    "Julie",
    "Thomas",
    "Ida",
    "Kasper",
    "Line",
    "Mikkel",
    "Maria",
    "Bjørn",
    "Åse",
    "Frederik",
    "Signe",
    "Niels",
    "Birgitte"
  };
  private static final String[] LAST = {
    "Nielsen",
    "Jensen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Møller",
    "Østergaard",
    "Kjær"
  };
  private static final String[] DOMAINS = {
    "gmail.com",
    "hotmail.com",
    "outlook.dk",
    "yahoo.dk",
    "live.dk",
    "mail.dk",
    "jubii.dk",
    "privat.dk"
  };
  private static final String[] CITIES = {
    "8000 Aarhus C",
    "8260 Viby J",
    "8240 Risskov",
    "8270 Højbjerg",
    "8660 Skanderborg",
    "8600 Silkeborg",
    "8900 Randers C",
    "8700 Horsens",
    "8200 Aarhus N",
    "8210 Aarhus V",
    "8520 Lystrup",
    "8380 Trige",
    "2100 København Ø",
    "5000 Odense C"
  };
  private static final String[] STREETS = {
    "Vestergade",
    "Søndergade",
    "Frederiks Allé",
    "Skovvejen",
    "Jægergårdsgade",
    "Ryesgade",
    "Åboulevarden",
    "Marselis Boulevard",
    "Randersvej",
    "Grenåvej",
    "Østergade"
  };
  private static final String[] HOMES = {
    "lejlighed", "andelslejlighed", "rækkehus", "villa", "hus"
  };
  private static final Service[] SERVICES = {
    new Service(
        "flytterengøring",
        "Jeg skal fraflytte min %s på %d m² den %s og har brug for en flytterengøring, så vi kan få hele depositummet tilbage.",
        38),
    new Service(
        "hovedrengøring",
        "Vi vil gerne have lavet en grundig hovedrengøring af vores %s på %d m², gerne omkring %s.",
        32),
    new Service(
        "fast rengøring",
        "Vi søger hjælp til fast rengøring hver 14. dag i vores %s på %d m², gerne med start %s.",
        9),
    new Service(
        "vinduespudsning",
        "Kan I pudse vinduer ude og inde i vores %s? Boligen er på %d m², og det skal helst være inden %s.",
        6),
    new Service(
        "erhvervsrengøring",
        "Vi er en mindre virksomhed og søger rengøring af vores %s-kontor på %d m² to gange om ugen fra %s.",
        14),
    new Service(
        "byggerengøring",
        "Vi har haft håndværkere i vores %s og skal bruge en rengøring efter renoveringen, ca. %d m², senest %s.",
        45)
  };
  private static final String[] EXTRAS = {
    "Vi har en hund, så der er en del hår.",
    "Ovn og emhætte skal også med.",
    "I kan få adgang med nøgleboks.",
    "Det haster lidt, så gerne snarest.",
    "Altanen skal også fejes.",
    "Der er trægulve i alle rum.",
    "Badeværelset har en del kalk.",
    ""
  };
  private static final String[] FOLLOW_UPS = {
    "Hej igen,\n\nDet lyder fint. Kan I også tage vinduerne med, og hvad koster det i så fald?\n\nMvh %s",
    "Tak for tilbuddet. Vi vil gerne booke den foreslåede tid.\n\nHilsen %s",
    "Hej,\n\nEr det muligt at rykke en dag? Vi får først nøglerne sent.\n\n%s",
    "Tak for en flot rengøring! Vi anbefaler jer gerne videre.\n\nMvh %s",
    "Vi har desværre valgt et andet firma, men tak for det hurtige svar.\n\nVenlig hilsen\n%s",
    "Hej,\n\nSkal jeg selv sørge for rengøringsmidler, eller medbringer I det?\n\n%s"
  };
  private static final String[] COMPANY_REPLIES = {
    "Hej %s,\n\nSuper, så har vi booket jer %s kl. %s. I modtager en bekræftelse på sms dagen før.\n\nMed venlig hilsen\n%s\nRenOS Rengøring\nTlf. 70 20 30 40",
    "Hej %s,\n\nDet kan vi sagtens. Vi har flyttet tiden til %s kl. %s.\n\nMed venlig hilsen\n%s\nRenOS Rengøring",
    "Hej %s,\n\nTak for beskeden. Vi medbringer alt udstyr og miljøvenlige rengøringsmidler. Vi ses %s kl. %s.\n\nVenlig hilsen\n%s\nRenOS Rengøring"
  };
  private static final String[] AGENTS = {"Rikke", "Jonas", "Maja", "Henrik"};
  private static final DateTimeFormatter QUOTE_DATE =
      DateTimeFormatter.ofPattern("d. MMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("da"));
  private static final DateTimeFormatter DANISH_DAY =
      DateTimeFormatter.ofPattern("EEEE 'd.' d. MMMM", Locale.forLanguageTag("da"));

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final String companyEmail;
  private final SplittableRandom random;
  private final long now;

  MessageGenerator(String companyEmail, long seed, Instant now) {
    this.companyEmail = companyEmail;
    this.random = new SplittableRandom(seed);
    // whole days, so the same seed gives byte-identical mail all day
    this.now = now.truncatedTo(ChronoUnit.DAYS).toEpochMilli();
  }

  List<Generated> generate(int threads, int messagesPerThread) {
    List<Generated> out = new ArrayList<>(threads * messagesPerThread);
    for (int t = 0; t < threads; t++) {
      out.addAll(thread(t, messagesPerThread));
    }
    return out;
  }

  private List<Generated> thread(int t, int count) {
    Person customer = person();
    Service service = SERVICES[random.nextInt(SERVICES.length)];
    String home = HOMES[random.nextInt(HOMES.length)];
    int m2 = 40 + random.nextInt(180);
    String city = CITIES[random.nextInt(CITIES.length)];
    String address =
        STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(120)) + ", " + city;
    String agent = AGENTS[random.nextInt(AGENTS.length)];
    int kind = random.nextInt(100); // <55 direct mail, <80 contact form, else lead portal
    long start = now - 300L * 86_400_000L + (long) (random.nextDouble() * 297 * 86_400_000L);
    String wanted = day(start + (3 + random.nextInt(20)) * 86_400_000L);
    String request =
        String.format(service.request(), home, m2, wanted)
            + " "
            + EXTRAS[random.nextInt(EXTRAS.length)];
    int price = Math.max(600, Math.round(m2 * service.pricePerM2() / 50f) * 50);

    List<Generated> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    String subject = null;
    String previousFrom = null;
    String previousBody = null;
    long date = start;
    for (int m = 0; m < count; m++) {
      if (m > 0) {
        date += 20 * 60_000L + (long) (random.nextDouble() * 30 * 3_600_000L);
      }
      // whole seconds: the Date header carries no more, and internalDate comes from it
      long at = Math.min(date, now - (count - m) * 60_000L) / 1000 * 1000;
      boolean fromCompany = m % 2 == 1;
      String from;
      String to;
      String replyTo = null;
      String body;
      if (m == 0) {
        switch (kind < 55 ? 0 : kind < 80 ? 1 : 2) {
          case 0 -> {
            subject =
                pick(
                    "Tilbud på " + service.name(),
                    "Forespørgsel: " + service.name() + " i " + city.substring(5),
                    "Pris på " + service.name() + "?",
                    capitalize(service.name()) + " – " + m2 + " m²");
            from = customer.name() + " <" + customer.email() + ">";
            body =
                "Hej,\n\n"
                    + request
                    + "\n\nAdressen er "
                    + address
                    + ".\n\nVenlig hilsen\n"
                    + customer.name()
                    + "\n"
                    + customer.phone();
          }
          case 1 -> {
            subject = "Ny henvendelse fra kontaktformularen: " + service.name();
            from = "RenOS Hjemmeside <formular@" + domainOf(companyEmail) + ">";
            replyTo = customer.name() + " <" + customer.email() + ">";
            body =
                "Der er kommet en ny henvendelse via hjemmesiden.\n\nNavn: "
                    + customer.name()
                    + "\nE-mail: "
                    + customer.email()
                    + "\nTelefon: "
                    + customer.phone()
                    + "\nAdresse: "
                    + address
                    + "\nYdelse: "
                    + service.name()
                    + "\nBoligtype: "
                    + home
                    + "\nKvadratmeter: "
                    + m2
                    + "\nØnsket dato: "
                    + wanted
                    + "\n\nBesked:\n"
                    + request
                    + "\n";
          }
          default -> {
            subject = "Ny opgave: " + capitalize(service.name()) + " i " + city;
            from = "Tilbudsportalen <opgaver@tilbudsportalen.dk>";
            replyTo = customer.name() + " <" + customer.email() + ">";
            body =
                "Hej RenOS Rengøring\n\nDu har modtaget en ny opgave fra Tilbudsportalen.\n\nOpgave: "
                    + capitalize(service.name())
                    + "\nOmråde: "
                    + city
                    + "\nStørrelse: "
                    + m2
                    + " m²\nKunde: "
                    + customer.name()
                    + "\nTelefon: "
                    + customer.phone()
                    + "\nE-mail: "
                    + customer.email()
                    + "\n\nBeskrivelse:\n"
                    + request
                    + "\n\nSvar kunden hurtigt – de fleste vælger blandt de tre første tilbud.";
          }
        }
        to = "RenOS Rengøring <" + companyEmail + ">";
      } else {
        if (fromCompany) {
          from = agent + " – RenOS Rengøring <" + companyEmail + ">";
          to = customer.name() + " <" + customer.email() + ">";
          String slot = day(at + (2 + random.nextInt(10)) * 86_400_000L);
          String time =
              String.format("%02d.%02d", 8 + random.nextInt(8), random.nextBoolean() ? 0 : 30);
          body =
              m == 1
                  ? "Hej "
                      + customer.first()
                      + ",\n\nTak for din henvendelse. Ud fra dine oplysninger kan vi tilbyde "
                      + service.name()
                      + " af "
                      + m2
                      + " m² for "
                      + price
                      + " kr. inkl. moms. Prisen inkluderer"
                      + " rengøringsmidler og kørsel.\n\nVi har en ledig tid "
                      + slot
                      + " kl. "
                      + time
                      + ". Passer det?\n\nMed venlig hilsen\n"
                      + agent
                      + "\nRenOS Rengøring\nTlf. 70 20 30 40"
                  : String.format(
                      COMPANY_REPLIES[random.nextInt(COMPANY_REPLIES.length)],
                      customer.first(),
                      slot,
                      time,
                      agent);
        } else {
          from = customer.name() + " <" + customer.email() + ">";
          to = agent + " – RenOS Rengøring <" + companyEmail + ">";
          body = String.format(FOLLOW_UPS[random.nextInt(FOLLOW_UPS.length)], customer.first());
        }
        body += "\n\n" + quote(previousFrom, previousBody, out.get(out.size() - 1).internalDate());
      }
      String messageId =
          "<"
              + (fromCompany
                  ? "CAK" + hex(12) + "@mail.gmail.com"
                  : hex(16) + "@" + domainOf(customer.email()))
              + ">";
      byte[] raw =
          render(from, to, replyTo, m == 0 ? subject : "Re: " + subject, at, messageId, ids, body);
      ids.add(messageId);
      previousFrom = from;
      previousBody = body;
      List<String> labels = new ArrayList<>();
      if (fromCompany) {
        labels.add("SENT");
      } else {
        labels.add("INBOX");
        labels.add(kind < 55 || m > 0 ? "CATEGORY_PERSONAL" : "CATEGORY_UPDATES");
        if (now - at < 7 * 86_400_000L || random.nextInt(20) == 0) {
          labels.add("UNREAD");
        }
        if (random.nextInt(10) < 3) {
          labels.add("IMPORTANT");
        }
      }
      out.add(new Generated(raw, at, List.copyOf(labels)));
    }
    return out;
  }

  private byte[] render(
      String from,
      String to,
      String replyTo,
      String subject,
      long date,
      String messageId,
      List<String> ancestors,
      String body) {
    StringBuilder h = new StringBuilder();
    h.append("MIME-Version: 1.0\r\n");
    h.append("Date: ").append(MailDates.format(date)).append("\r\n");
    h.append("Message-ID: ").append(messageId).append("\r\n");
    if (!ancestors.isEmpty()) {
      h.append("In-Reply-To: ").append(ancestors.get(ancestors.size() - 1)).append("\r\n");
      h.append("References: ").append(String.join("\r\n ", ancestors)).append("\r\n");
    }
    h.append("From: ").append(encodeAddress(from)).append("\r\n");
    h.append("To: ").append(encodeAddress(to)).append("\r\n");
    if (replyTo != null) {
      h.append("Reply-To: ").append(encodeAddress(replyTo)).append("\r\n");
    }
    h.append("Subject: ").append(encodeWord(subject)).append("\r\n");
    int style = random.nextInt(10);
    String text = body.replace("\n", "\r\n");
    if (style < 2) {
      String boundary = "000000000000" + hex(12);
      h.append("Content-Type: multipart/alternative; boundary=\"")
          .append(boundary)
          .append("\"\r\n\r\n");
      h.append("--").append(boundary).append("\r\n");
      h.append(
          "Content-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n");
      h.append(quotedPrintable(text)).append("\r\n");
      h.append("--").append(boundary).append("\r\n");
      h.append(
          "Content-Type: text/html; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n");
      h.append(
              quotedPrintable(
                  "<div dir=\"ltr\">" + escapeHtml(body).replace("\n", "<br>") + "</div>"))
          .append("\r\n");
      h.append("--").append(boundary).append("--\r\n");
    } else if (style < 6) {
      h.append(
          "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n");
      h.append(quotedPrintable(text)).append("\r\n");
    } else if (style < 7) {
      h.append(
          "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n");
      h.append(
              Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                  .encodeToString(text.getBytes(StandardCharsets.UTF_8)))
          .append("\r\n");
    } else {
      h.append(
          "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
      h.append(text).append("\r\n");
    }
    return h.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The quoted previous message under a reply, as Gmail's Danish UI writes it. */
  private static String quote(String from, String body, long date) {
    ZonedDateTime when = Instant.ofEpochMilli(date).atZone(MailDates.COPENHAGEN);
    StringBuilder q =
        new StringBuilder("Den ")
            .append(QUOTE_DATE.format(when))
            .append(" skrev ")
            .append(from)
            .append(":\n");
    body.lines().limit(12).forEach(line -> q.append("> ").append(line).append('\n'));
    return q.toString().stripTrailing();
  }

  private Person person() {
    String first = FIRST[random.nextInt(FIRST.length)];
    String last = LAST[random.nextInt(LAST.length)];
    String local =
        ascii(first + (random.nextBoolean() ? "." : "") + last).toLowerCase(Locale.ROOT)
            + (random.nextInt(3) == 0 ? String.valueOf(random.nextInt(90) + 10) : "");
    String phone =
        String.format(
            "+45 %d%d %02d %02d %02d",
            2 + random.nextInt(3),
            random.nextInt(10),
            random.nextInt(100),
            random.nextInt(100),
            random.nextInt(100));
    return new Person(first, last, local + "@" + DOMAINS[random.nextInt(DOMAINS.length)], phone);
  }

  private String day(long millis) {
    return DANISH_DAY.format(Instant.ofEpochMilli(millis).atZone(MailDates.COPENHAGEN));
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private String hex(int digits) {
    StringBuilder s = new StringBuilder(digits);
    for (int i = 0; i < digits; i++) {
      s.append(Character.forDigit(random.nextInt(16), 16));
    }
    return s.toString();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String domainOf(String email) {
    return email.substring(email.indexOf('@') + 1);
  }

  private static String ascii(String s) {
    return s.replace("ø", "oe")
        .replace("Ø", "Oe")
        .replace("æ", "ae")
        .replace("Æ", "Ae")
        .replace("å", "aa")
        .replace("Å", "Aa")
        .replace(" ", "");
  }

  private static String escapeHtml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Display names with Danish letters become an RFC 2047 word; the address stays plain. */
  private static String encodeAddress(String address) {
    int lt = address.lastIndexOf('<');
    if (lt <= 0) {
      return address;
    }
    String name = address.substring(0, lt).trim();
    return encodeWord(name) + " " + address.substring(lt);
  }

  private static String encodeWord(String text) {
    if (text.chars().allMatch(c -> c < 128)) {
      return text;
    }
    // B-encoding for short strings is what Gmail itself writes
    return "=?UTF-8?B?"
        + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
        + "?=";
  }

  static String quotedPrintable(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + bytes.length / 8);
    int lineLength = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
        out.append("\r\n");
        i++;
        lineLength = 0;
        continue;
      }
      boolean literal = (b >= 33 && b <= 126 && b != '=') || b == ' ';
      int width = literal ? 1 : 3;
      if (lineLength + width > 75) {
        out.append("=\r\n");
        lineLength = 0;
      }
      if (literal) {
        out.append((char) b);
      } else {
        out.append('=').append(HEX[b >> 4]).append(HEX[b & 0xf]);
      }
      lineLength += width;
    }
    return out.toString();
  }
}
