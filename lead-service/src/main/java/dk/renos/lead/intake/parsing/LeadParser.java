package dk.renos.lead.intake.parsing;

import dk.renos.lead.intake.parsing.fields.Areas;
import dk.renos.lead.intake.parsing.fields.Frequencies;
import dk.renos.lead.intake.parsing.fields.LabelledBody;
import dk.renos.lead.intake.parsing.fields.LabelledBody.Field;
import dk.renos.lead.intake.parsing.fields.PhoneNumbers;
import dk.renos.lead.intake.parsing.fields.PostalAddress;
import dk.renos.lead.intake.parsing.fields.ServiceWords;
import dk.renos.lead.intake.parsing.fields.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one lead parser: turns an inbound e-mail into a {@link ParseResult}. Pure and stateless
 * (thread-safe). See {@code lead-service/LEAD-PARSING.md} for the sources, labels and manual-review
 * rules.
 */
public final class LeadParser {

  private static final Pattern RN_NAME_SUBJECT =
      Pattern.compile("(?iu)^(?:(?:fwd?|vs|fw)\\s*:\\s*)*(.+?)\\s+fra\\s+reng\\S*\\.nu\\s*$");
  private static final Pattern NYT_LEAD_SUBJECT =
      Pattern.compile("(?iu)^(?:(?:fwd?|vs|fw)\\s*:\\s*)*nyt\\s+lead\\s+fra\\b\\s*(.*)$");
  private static final Pattern PORTAL_NAMES =
      Pattern.compile(
          "(?iu)reng\\S*\\.nu|(?:via\\s+)?leadmail\\.no|rengøring\\s+aarhus|leadpoint(?:\\.dk)?|adhelp(?:\\.dk)?");
  private static final Pattern PERSON_NAME = Pattern.compile("[\\p{L}][\\p{L} .'\\-]{1,79}");

  private static final Pattern BOUNCE_SENDER =
      Pattern.compile("(?i)^(mailer-daemon|postmaster)@.*");
  private static final Pattern AUTO_REPLY_SUBJECT =
      Pattern.compile(
          "(?iu)^(?:automatisk\\s+svar|autosvar|auto[\\s-]?reply|automatic\\s+reply|autoreply|out\\s+of\\s+(?:the\\s+)?office"
              + "|fraværende|ikke\\s+til\\s+stede|ikke\\s+på\\s+kontoret|ferie)\\b.*|.*\\b(?:autosvar|auto-reply)\\b.*");
  private static final Pattern AUTO_REPLY_BODY =
      Pattern.compile(
          "(?iu)dette\\s+er\\s+et\\s+automatisk(?:\\s+genereret)?\\s+svar|dette\\s+er\\s+en\\s+automatisk\\s+besked"
              + "|automatisk\\s+genereret\\s+svar|this\\s+is\\s+an\\s+automatic\\s+reply");
  private static final Pattern REPLY_SUBJECT =
      Pattern.compile("(?iu)^(?:re|sv|aw|antw)\\s*(?:\\[\\d+\\])?\\s*:.*");
  private static final Pattern FORWARD_SUBJECT =
      Pattern.compile("(?iu)^(?:fwd?|fw|vs|videresend\\p{L}*)\\s*:.*");
  private static final Pattern QUOTED_REPLY =
      Pattern.compile(
          "(?imu)^>|^(?:den|d\\.|on)\\s.{3,120}\\s(?:skrev|wrote)\\s*:?\\s*$|-{2,}\\s*(?:oprindelig\\s+meddelelse|original\\s+message)"
              + "|^fra:\\s.+\\n(?:sendt|dato|date|sent):");
  private static final Pattern THANKS_FOR_QUOTE =
      Pattern.compile(
          "(?iu)tak\\s+for\\s+(?:tilbuddet|jeres\\s+tilbud|dit\\s+tilbud|det\\s+fremsendte)|(?:vi|jeg)\\s+(?:accepterer|takker\\s+ja)"
              + "|tage\\s+imod\\s+(?:tilbuddet|jeres\\s+tilbud)");
  private static final Pattern NEWSLETTER =
      Pattern.compile(
          "(?iu)afmeld|frameld|unsubscribe|nyhedsbrev|newsletter|vis\\s+(?:denne\\s+)?(?:e-?mail|mail)\\s+i\\s+(?:din\\s+)?browser"
              + "|view\\s+(?:this\\s+email\\s+)?in\\s+(?:your\\s+)?browser|du\\s+modtager\\s+denne\\s+(?:e-?mail|mail)\\s+fordi");
  private static final Pattern INVOICE_SUBJECT =
      Pattern.compile(
          "(?iu).*(?:faktura|invoice|kreditnota|rykker|betalingspåmindelse|kvittering|ordrebekræftelse|kontoudtog|receipt).*");
  private static final Pattern INVOICE_BODY =
      Pattern.compile(
          "(?iu)fakturanr|fakturanummer|forfaldsdato|betalingsfrist|beløb\\s+at\\s+betale|at\\s+betale\\s+i\\s+alt"
              + "|betales\\s+senest|kreditnota");
  private static final Pattern REQUEST =
      Pattern.compile(
          "(?iu)tilbud|(?<![\\p{L}])pris|hvad\\s+koster|koster\\s+det|bestille|booke|interesse|vil\\s+gerne|vil\\s+høre|ønsker"
              + "|(?<![\\p{L}])kan\\s+i(?![\\p{L}])|(?<![\\p{L}])kunne\\s+i(?![\\p{L}])|har\\s+i\\s+(?:mulighed|tid|plads)"
              + "|forespørg|søger|mangler|brug\\s+for|hjælp\\s+til|hjælp\\s+med|henvendelse");

  private static final Pattern ROOM_NAME_NUMBER =
      Pattern.compile("(?u)^(.+?)\\s*[:=]?\\s*(\\d{1,2})$");
  private static final Pattern ROOM_NUMBER_NAME = Pattern.compile("(?u)^(\\d{1,2})\\s+(.+)$");
  private static final Pattern EXTRAS_SEPARATOR =
      Pattern.compile("(?iu)\\s*(?:,|;|/|\\+|&|\\s+og\\s+)\\s*");
  private static final Pattern NO_EXTRAS =
      Pattern.compile("(?iu)^(?:ingen|nej|-+|intet|ikke\\s+relevant)$");

  private static final Set<ServiceType> ONE_TIME_TYPES =
      EnumSet.of(ServiceType.DEEP_CLEAN, ServiceType.MOVE_OUT, ServiceType.ONE_OFF);

  /**
   * Parses one e-mail. Never throws for odd input; anything it cannot place goes to manual review.
   */
  public ParseResult parse(InboundEmail email) {
    String subject = Text.normalise(email.subject()).strip();
    String body = Text.normalise(email.bodyText());
    String from = EmailAddresses.normalise(email.from());

    if (from != null && BOUNCE_SENDER.matcher(from).matches()) {
      return new ParseResult.NotALead("delivery status notification");
    }
    if (AUTO_REPLY_SUBJECT.matcher(subject).matches() || AUTO_REPLY_BODY.matcher(body).find()) {
      return new ParseResult.NotALead("auto-reply");
    }

    LeadSource source = LeadSource.ofSender(email.from());
    LabelledBody labels = LabelledBody.parse(body);
    boolean contactLabels =
        labels.has(Field.NAME)
            || labels.has(Field.FIRST_NAME)
            || labels.has(Field.EMAIL)
            || labels.has(Field.PHONE);
    String ordinary = ordinaryMailReason(subject, body);

    if (source != LeadSource.WEBSITE) {
      boolean leadSubject =
          source == LeadSource.RENGORING_NU
              && (RN_NAME_SUBJECT.matcher(subject).matches()
                  || NYT_LEAD_SUBJECT.matcher(subject).matches());
      if (!contactLabels && !leadSubject) {
        if (email.bulkOrAutomatic()) {
          return new ParseResult.NotALead(
              "bulk or automatic mail (headers) from " + source.displayName());
        }
        if (ordinary != null) {
          return new ParseResult.NotALead(ordinary + " from " + source.displayName());
        }
        return new ParseResult.ManualReview(
            source,
            "unrecognised message format from " + source.displayName(),
            extract(source, email, from, subject, body, labels, new ArrayList<>()));
      }
      return decide(source, email, from, subject, body, labels, new ArrayList<>());
    }

    boolean form =
        (labels.has(Field.EMAIL) || labels.has(Field.PHONE)) && labels.knownFieldCount() >= 3;
    if (!form) {
      if (email.bulkOrAutomatic()) {
        return new ParseResult.NotALead("bulk or automatic mail (headers), no form");
      }
      boolean forwarded = FORWARD_SUBJECT.matcher(subject).matches();
      if (REPLY_SUBJECT.matcher(subject).matches()
          || (!forwarded && QUOTED_REPLY.matcher(body).find())
          || THANKS_FOR_QUOTE.matcher(body).find()) {
        return new ParseResult.NotALead("reply in an existing conversation, no lead markers");
      }
      if (ordinary != null) {
        return new ParseResult.NotALead(ordinary);
      }
      String text = subject + "\n" + body;
      if (!ServiceWords.mentionsCleaning(text)) {
        return new ParseResult.NotALead("no lead markers (does not mention cleaning)");
      }
      List<String> reasons = new ArrayList<>();
      if (!REQUEST.matcher(text).find()) {
        reasons.add("mentions cleaning but does not read like a request");
      }
      return decide(source, email, from, subject, body, labels, reasons);
    }
    return decide(source, email, from, subject, body, labels, new ArrayList<>());
  }

  private static String ordinaryMailReason(String subject, String body) {
    if (NEWSLETTER.matcher(subject).find() || NEWSLETTER.matcher(body).find()) {
      return "newsletter";
    }
    if (INVOICE_SUBJECT.matcher(subject).matches() || INVOICE_BODY.matcher(body).find()) {
      return "invoice or receipt";
    }
    return null;
  }

  private ParseResult decide(
      LeadSource source,
      InboundEmail email,
      String from,
      String subject,
      String body,
      LabelledBody labels,
      List<String> reasons) {
    ParsedLead lead = extract(source, email, from, subject, body, labels, reasons);
    if (!lead.hasContact()) {
      reasons.add("no e-mail address or phone number");
    }
    if (lead.serviceType() == null
        && reasons.stream().noneMatch(r -> r.startsWith("several service types"))) {
      reasons.add("no service type detected");
    }
    if (reasons.isEmpty()) {
      return new ParseResult.Lead(source, lead);
    }
    return new ParseResult.ManualReview(source, String.join("; ", reasons), lead);
  }

  private ParsedLead extract(
      LeadSource source,
      InboundEmail email,
      String from,
      String subject,
      String body,
      LabelledBody labels,
      List<String> reasons) {
    String name = name(source, email, from, subject, labels);
    String customerEmail = customerEmail(source, email, from, body, labels, reasons);
    String phone = phone(body, labels, reasons);

    PostalAddress address = PostalAddress.fromValue(labels.value(Field.ADDRESS));
    String street = address.street();
    String postalCode = address.postalCode();
    String city = address.city();
    if (postalCode == null && labels.value(Field.POSTAL_AND_CITY) != null) {
      PostalAddress parts = PostalAddress.fromValue(labels.value(Field.POSTAL_AND_CITY));
      postalCode = parts.postalCode();
      city = parts.city();
    }
    if (postalCode == null) {
      postalCode = PostalAddress.postalCodeIn(labels.value(Field.POSTAL_CODE));
    }
    if (city == null && labels.value(Field.CITY) != null) {
      city = Text.tidyCity(labels.value(Field.CITY));
    }
    if (labels.value(Field.ADDRESS) == null && postalCode == null) {
      PostalAddress inText = PostalAddress.inText(body);
      street = inText.street();
      postalCode = inText.postalCode();
      city = inText.city();
    }

    Integer area = Areas.fromValue(labels.value(Field.AREA));
    if (area == null) {
      area = Areas.inText(body);
    }

    Map<String, Integer> rooms = parseRooms(labels.value(Field.ROOMS));
    List<String> extras = parseExtras(labels.value(Field.EXTRAS));

    String scanText =
        String.join(
            "\n",
            subject,
            nullToEmpty(labels.get(Field.SERVICE)),
            nullToEmpty(labels.get(Field.FREQUENCY)),
            nullToEmpty(labels.get(Field.MESSAGE)),
            nullToEmpty(labels.get(Field.PROPERTY_TYPE)),
            labels.unlabelledText());
    ServiceType[] type = new ServiceType[1];
    Frequency frequency = decideService(labels, scanText, reasons, extras, type);

    String propertyType = labels.value(Field.PROPERTY_TYPE);
    if (propertyType == null) {
      propertyType = ServiceWords.propertyType(scanText);
    }

    return new ParsedLead(
        name,
        customerEmail,
        phone,
        street,
        postalCode,
        city,
        area,
        rooms,
        type[0],
        frequency,
        labels.value(Field.DAYS),
        propertyType,
        extras);
  }

  private static Frequency decideService(
      LabelledBody labels,
      String scanText,
      List<String> reasons,
      List<String> extras,
      ServiceType[] result) {
    Set<ServiceType> types = ServiceWords.types(labels.value(Field.SERVICE));
    if (types.isEmpty()) {
      types = ServiceWords.types(scanText);
    }
    String frequencyAnswer = labels.get(Field.FREQUENCY);
    Frequency frequency = null;
    boolean onceAnswer = false;
    if (labels.has(Field.FREQUENCY)) {
      if (!Frequencies.isNoAnswer(frequencyAnswer)) {
        frequency = Frequencies.of(frequencyAnswer);
        if (frequency == null) {
          if (Frequencies.isOneOffAnswer(frequencyAnswer)) {
            onceAnswer = true;
          } else {
            reasons.add("frequency not understood");
          }
        }
      }
    } else {
      frequency = Frequencies.of(scanText);
    }

    if (types.contains(ServiceType.WINDOWS) && types.size() > 1) {
      // windows next to something else is an add-on, not the service
      types.remove(ServiceType.WINDOWS);
      if (extras.stream().noneMatch(e -> e.toLowerCase(Locale.ROOT).contains("vindue"))) {
        extras.add("Vinduespolering");
      }
    }
    if (types.contains(ServiceType.OFFICE) && types.contains(ServiceType.RECURRING)) {
      types.remove(ServiceType.RECURRING);
    }
    if (types.isEmpty()) {
      if (frequency != null) {
        types.add(ServiceType.RECURRING);
      } else if (onceAnswer) {
        types.add(ServiceType.ONE_OFF);
      }
    }
    if (types.size() > 1) {
      reasons.add(
          "several service types mentioned: "
              + types.stream().map(Enum::name).collect(Collectors.joining(", ")));
      return frequency;
    }
    if (types.isEmpty()) {
      return frequency;
    }
    ServiceType type = types.iterator().next();
    result[0] = type;
    if (frequency != null && ONE_TIME_TYPES.contains(type)) {
      reasons.add("conflicting service type and frequency: " + type + " but " + frequency);
    }
    if (onceAnswer && type == ServiceType.RECURRING) {
      reasons.add("conflicting service type and frequency: " + type + " but only once");
    }
    return frequency;
  }

  private static String name(
      LeadSource source, InboundEmail email, String from, String subject, LabelledBody labels) {
    String name = labels.value(Field.NAME);
    if (name == null
        && (labels.value(Field.FIRST_NAME) != null || labels.value(Field.LAST_NAME) != null)) {
      name =
          (nullToEmpty(labels.value(Field.FIRST_NAME))
                  + " "
                  + nullToEmpty(labels.value(Field.LAST_NAME)))
              .strip();
    }
    if (name == null && source == LeadSource.RENGORING_NU) {
      name = subjectName(subject);
    }
    if (name == null && source == LeadSource.WEBSITE && !EmailAddresses.isNoReply(from)) {
      String display = email.fromName().replaceAll("^[\"']+|[\"']+$", "").strip();
      if (!display.isEmpty() && !display.contains("@")) {
        name = display;
      }
    }
    return Text.tidyName(name);
  }

  private static String subjectName(String subject) {
    Matcher nyt = NYT_LEAD_SUBJECT.matcher(subject);
    if (nyt.matches()) {
      String rest =
          PORTAL_NAMES.matcher(nyt.group(1)).replaceAll(" ").replaceAll("[\\-–:|,()]", " ").strip();
      return PERSON_NAME.matcher(rest).matches() ? rest : null;
    }
    Matcher m = RN_NAME_SUBJECT.matcher(subject);
    if (m.matches() && PERSON_NAME.matcher(m.group(1).strip()).matches()) {
      return m.group(1).strip();
    }
    return null;
  }

  private static String customerEmail(
      LeadSource source,
      InboundEmail email,
      String from,
      String body,
      LabelledBody labels,
      List<String> reasons) {
    if (labels.has(Field.EMAIL) && labels.value(Field.EMAIL) != null) {
      String address = EmailAddresses.normalise(labels.value(Field.EMAIL));
      if (address == null) {
        reasons.add("e-mail address not understood");
        return null;
      }
      if (EmailAddresses.isPortal(address)) {
        reasons.add("customer e-mail is a portal address");
        return null;
      }
      return address;
    }
    // A portal or web form that puts the customer in Reply-To ("answer this mail to reach them").
    for (String replyTo : email.replyTo()) {
      String address = EmailAddresses.normalise(replyTo);
      if (address != null && usableCustomerAddress(address)) {
        return address;
      }
    }
    if (source == LeadSource.WEBSITE) {
      if (from != null && usableCustomerAddress(from)) {
        return from;
      }
    }
    String senderDomain = EmailAddresses.domain(from);
    for (String address : EmailAddresses.findAll(body)) {
      if (usableCustomerAddress(address)
          && !address.equals(from)
          && (senderDomain == null
              || source == LeadSource.WEBSITE
              || !senderDomain.equals(EmailAddresses.domain(address)))) {
        return address;
      }
    }
    return null;
  }

  private static boolean usableCustomerAddress(String address) {
    return !EmailAddresses.isNoReply(address) && !EmailAddresses.isPortal(address);
  }

  private static String phone(String body, LabelledBody labels, List<String> reasons) {
    String value = labels.value(Field.PHONE);
    if (value != null) {
      String phone = PhoneNumbers.normalise(value);
      if (phone == null) {
        reasons.add("phone number is not a Danish 8-digit number");
      }
      return phone;
    }
    return PhoneNumbers.findInText(body);
  }

  static Map<String, Integer> parseRooms(String value) {
    Map<String, Integer> rooms = new LinkedHashMap<>();
    if (value == null) {
      return rooms;
    }
    if (value.strip().matches("\\d{1,2}")) {
      rooms.put("total", Integer.parseInt(value.strip()));
      return rooms;
    }
    for (String part : value.split("\\s*(?:,|;|\\s+og\\s+)\\s*")) {
      String p = part.strip();
      Matcher nameFirst = ROOM_NAME_NUMBER.matcher(p);
      Matcher numberFirst = ROOM_NUMBER_NAME.matcher(p);
      if (nameFirst.matches()) {
        rooms.merge(
            nameFirst.group(1).strip().toLowerCase(Locale.ROOT),
            Integer.parseInt(nameFirst.group(2)),
            Integer::sum);
      } else if (numberFirst.matches()) {
        rooms.merge(
            numberFirst.group(2).strip().toLowerCase(Locale.ROOT),
            Integer.parseInt(numberFirst.group(1)),
            Integer::sum);
      }
    }
    return rooms;
  }

  static List<String> parseExtras(String value) {
    List<String> extras = new ArrayList<>();
    if (value == null) {
      return extras;
    }
    for (String part : EXTRAS_SEPARATOR.split(value)) {
      String p = part.strip().replaceAll("[.]+$", "");
      if (!p.isEmpty() && !NO_EXTRAS.matcher(p).matches() && !extras.contains(p)) {
        extras.add(p);
      }
    }
    return extras;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
