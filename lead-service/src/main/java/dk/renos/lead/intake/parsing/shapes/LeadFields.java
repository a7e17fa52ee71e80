package dk.renos.lead.intake.parsing.shapes;

import dk.renos.lead.intake.parsing.Frequency;
import dk.renos.lead.intake.parsing.ParsedLead;
import dk.renos.lead.intake.parsing.ServiceType;
import dk.renos.lead.intake.parsing.fields.Areas;
import dk.renos.lead.intake.parsing.fields.EmailAddresses;
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
 * The fields every shape reads the same way once the extractor has decided who the customer is
 * (name and e-mail): phone, address, area, rooms, extras, service type, frequency, property type
 * and company — from the labels first, else from the text.
 */
final class LeadFields {

  private static final Pattern ROOM_NAME_NUMBER =
      Pattern.compile("(?u)^(.+?)\\s*[:=]?\\s*(\\d{1,2})$");
  private static final Pattern ROOM_NUMBER_NAME = Pattern.compile("(?u)^(\\d{1,2})\\s+(.+)$");
  private static final Pattern EXTRAS_SEPARATOR =
      Pattern.compile("(?iu)\\s*(?:,|;|/|\\+|&|\\s+og\\s+)\\s*");
  private static final Pattern NO_EXTRAS =
      Pattern.compile("(?iu)^(?:ingen|nej|-+|intet|ikke\\s+relevant)$");
  private static final Set<ServiceType> ONE_TIME_TYPES =
      EnumSet.of(ServiceType.DEEP_CLEAN, ServiceType.MOVE_OUT, ServiceType.ONE_OFF);

  private static final Pattern FIXED =
      Pattern.compile(
          "(?iu)^(?:fast|faste|abonnement|løbende|privat)(?:\\s+(?:aftale|hjælp))?\\.?$");

  private LeadFields() {}

  /**
   * Reads a mail's fields around the given customer name and e-mail; {@code text} is the part of
   * the mail that holds the request (the body, or a forward's inner body). Reasons for doubt are
   * added to {@code reasons}.
   */
  static ParsedLead read(
      Mail mail, String text, String name, String email, String company, List<String> reasons) {
    LabelledBody labels = mail.labels();
    String phone = phone(text, labels, reasons);

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
      PostalAddress inText = PostalAddress.inText(text);
      street = inText.street();
      postalCode = inText.postalCode();
      city = inText.city();
    }

    Integer area = Areas.fromValue(labels.value(Field.AREA));
    if (area == null) {
      area = Areas.inText(text);
    }

    Map<String, Integer> rooms = rooms(labels.value(Field.ROOMS));
    List<String> extras = extras(labels.value(Field.EXTRAS));

    String scanText =
        String.join(
            "\n",
            mail.subject(),
            Text.nullToEmpty(labels.get(Field.SERVICE)),
            Text.nullToEmpty(labels.get(Field.FREQUENCY)),
            Text.nullToEmpty(labels.get(Field.MESSAGE)),
            Text.nullToEmpty(labels.get(Field.PROPERTY_TYPE)),
            labels.unlabelledText());
    ServiceType[] type = new ServiceType[1];
    Frequency frequency = service(labels, scanText, reasons, extras, type);

    String propertyType = labels.value(Field.PROPERTY_TYPE);
    if (propertyType == null) {
      propertyType = ServiceWords.propertyType(scanText);
    }
    String companyName =
        labels.value(Field.COMPANY) != null ? Text.collapse(labels.value(Field.COMPANY)) : company;

    return new ParsedLead(
        name,
        email,
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
        extras,
        companyName);
  }

  /**
   * The customer address of an e-mail label, or null (with a reason) when the label holds none or
   * holds a portal relay.
   */
  static String labelledEmail(LabelledBody labels, List<String> reasons) {
    String value = labels.value(Field.EMAIL);
    if (value == null) {
      return null;
    }
    String address = EmailAddresses.normalise(value);
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

  /** The first usable Reply-To address (a form that says "answer this mail to reach them"). */
  static String replyToAddress(Mail mail) {
    for (String replyTo : mail.replyTo()) {
      String address = EmailAddresses.normalise(replyTo);
      if (address != null && usableCustomerAddress(address)) {
        return address;
      }
    }
    return null;
  }

  static boolean usableCustomerAddress(String address) {
    return address != null
        && !EmailAddresses.isNoReply(address)
        && !EmailAddresses.isPortal(address);
  }

  /** The labelled name, or first and last name joined. */
  static String labelledName(LabelledBody labels) {
    String name = labels.value(Field.NAME);
    if (name == null
        && (labels.value(Field.FIRST_NAME) != null || labels.value(Field.LAST_NAME) != null)) {
      name =
          (Text.nullToEmpty(labels.value(Field.FIRST_NAME))
                  + " "
                  + Text.nullToEmpty(labels.value(Field.LAST_NAME)))
              .strip();
    }
    return name;
  }

  private static String phone(String text, LabelledBody labels, List<String> reasons) {
    String value = labels.value(Field.PHONE);
    if (value != null) {
      String phone = PhoneNumbers.normalise(value);
      if (phone == null) {
        reasons.add("phone number is not a Danish 8-digit number");
      }
      return phone;
    }
    return PhoneNumbers.findInText(text);
  }

  private static Frequency service(
      LabelledBody labels,
      String scanText,
      List<String> reasons,
      List<String> extras,
      ServiceType[] result) {
    Set<ServiceType> types = ServiceWords.types(labels.value(Field.SERVICE));
    if (types.isEmpty()
        && labels.value(Field.SERVICE) != null
        && FIXED.matcher(labels.value(Field.SERVICE)).matches()) {
      // a service label answered in one word: "Fast", "Abonnement"
      types.add(ServiceType.RECURRING);
    }
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

  static Map<String, Integer> rooms(String value) {
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

  static List<String> extras(String value) {
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
}
