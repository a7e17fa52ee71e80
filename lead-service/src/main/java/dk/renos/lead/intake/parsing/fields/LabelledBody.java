package dk.renos.lead.intake.parsing.fields;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "label: value" lines of a portal or form body. Labels are matched case- and
 * accent-insensitively against known Danish (and a few English) labels; a value may continue on
 * following lines (address, message, days, extras, rooms), or stand alone on the next line when the
 * label line has no value. Lines that belong to no known label are kept as {@link
 * #unlabelledText()}.
 */
public final class LabelledBody {

  public enum Field {
    NAME,
    FIRST_NAME,
    LAST_NAME,
    EMAIL,
    PHONE,
    ADDRESS,
    POSTAL_CODE,
    CITY,
    POSTAL_AND_CITY,
    AREA,
    ROOMS,
    FREQUENCY,
    DAYS,
    PROPERTY_TYPE,
    EXTRAS,
    SERVICE,
    MESSAGE,
    /** The company of an office lead (Virksomhed, Firma, ...). */
    COMPANY,
    /** A label we do not use (company, lead id, ...). Its value is ignored. */
    OTHER
  }

  /** Fields whose value may run over several lines until a blank line or the next label. */
  private static final Set<Field> MULTI_LINE =
      Set.of(Field.MESSAGE, Field.DAYS, Field.EXTRAS, Field.ROOMS);

  private static final Map<String, Field> LABELS = new HashMap<>();

  static {
    label(
        Field.NAME,
        "navn",
        "fulde navn",
        "fuldt navn",
        "dit navn",
        "kundens navn",
        "kundenavn",
        "kunde",
        "kontaktperson",
        "kontakt person",
        "name",
        "full name");
    label(Field.FIRST_NAME, "fornavn", "first name");
    label(Field.LAST_NAME, "efternavn", "last name");
    label(
        Field.EMAIL,
        "email",
        "e-mail",
        "mail",
        "emailadresse",
        "e-mailadresse",
        "mailadresse",
        "din email",
        "din e-mail",
        "email address");
    label(
        Field.PHONE,
        "telefon",
        "tlf",
        "tlf.",
        "telefonnummer",
        "tlf nr",
        "tlf.nr",
        "tlfnr",
        "telefon nr",
        "mobil",
        "mobilnummer",
        "mobilnr",
        "phone",
        "telephone",
        "dit telefonnummer");
    label(
        Field.ADDRESS,
        "adresse",
        "address",
        "gade",
        "vejnavn",
        "adresse på opgaven",
        "opgavens adresse",
        "rengøringsadresse",
        "adresse for rengøring",
        "din adresse");
    label(Field.POSTAL_CODE, "postnummer", "postnr", "post nr", "postnr.", "zip");
    label(Field.CITY, "by", "bynavn", "city");
    label(
        Field.POSTAL_AND_CITY,
        "postnr. og by",
        "postnr og by",
        "postnummer og by",
        "postnr/by",
        "postnr. / by",
        "by og postnummer",
        "postnummer/by");
    label(
        Field.AREA,
        "hvor stort er området",
        "størrelse",
        "areal",
        "boligareal",
        "antal m2",
        "antal kvm",
        "kvm",
        "m2",
        "kvadratmeter",
        "boligens størrelse",
        "hvor mange kvadratmeter",
        "størrelse på boligen",
        "hvor stor er boligen",
        "samlet areal");
    label(Field.ROOMS, "antal rum", "rum", "antal værelser", "værelser");
    label(
        Field.FREQUENCY,
        "hvor ofte vil du have rengøring",
        "hvor ofte",
        "frekvens",
        "hyppighed",
        "hvor tit");
    label(
        Field.DAYS,
        "tilføj mindst én passende dag",
        "passende dag",
        "passende dage",
        "foretrukne dage",
        "foretrukken dag",
        "ønsket dag",
        "ønskede dage",
        "ønsket dato",
        "hvornår",
        "hvilke dage");
    label(Field.PROPERTY_TYPE, "boligtype", "type af bolig", "bolig", "ejendomstype", "type bolig");
    label(
        Field.EXTRAS, "ekstratjenester", "ekstra tjenester", "tilvalg", "ekstra", "tillægsydelser");
    label(
        Field.SERVICE,
        "type af rengøring",
        "rengøringstype",
        "hvilken type rengøring",
        "ønsket rengøring",
        "ydelse",
        "opgave",
        "opgavetype",
        "type af opgave",
        "service",
        "hvad skal der gøres");
    label(
        Field.MESSAGE,
        "besked",
        "kommentar",
        "kommentarer",
        "bemærkninger",
        "bemærkning",
        "beskrivelse",
        "yderligere information",
        "yderligere oplysninger",
        "message",
        "din besked",
        "uddybning",
        "beskrivelse af opgaven");
    label(
        Field.COMPANY,
        "virksomhed",
        "firma",
        "firmanavn",
        "virksomhedsnavn",
        "navn på virksomhed",
        "virksomhedens navn",
        "company");
    label(
        Field.OTHER,
        "cvr",
        "cvr-nummer",
        "lead id",
        "lead-id",
        "sag",
        "sagsnummer",
        "kilde",
        "modtaget",
        "dato for henvendelse");
  }

  private static final Pattern LABEL_LINE =
      Pattern.compile("^([\\p{L}][\\p{L}\\p{N} .,'/()?*&\\-]{0,59}?)\\s*[:：]\\s*(.*)$");

  private static final Pattern BARE_LABEL = Pattern.compile("^(.+):()$");

  /** A label/value table row as email-ingest renders HTML: "Navn | Mette Hansen". */
  private static final Pattern CELL_LINE =
      Pattern.compile("^([\\p{L}][\\p{L}\\p{N} .,'/()?*&\\-]{0,59}?)\\s+\\|\\s+(.*)$");

  private static final Pattern POSTAL_LINE = Pattern.compile("^(?:DK-?\\s?)?\\d{4}\\s+\\p{L}.*");
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?iu)^(mvh|med venlig hilsen|venlig hilsen|vh|hilsen|kh|kærlig hilsen|--|https?://|www\\.).*");

  private final Map<Field, String> values = new EnumMap<>(Field.class);
  private final StringBuilder unlabelled = new StringBuilder();

  private LabelledBody() {}

  private static void label(Field field, String... labels) {
    for (String l : labels) {
      LABELS.put(key(l), field);
    }
  }

  /** Lower-case, accents stripped (é→e, å→a; æ and ø stay), punctuation and parentheses removed. */
  static String key(String label) {
    String s =
        Normalizer.normalize(label, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    s = s.replaceAll("\\(.*?\\)", " ").replace("-", "").replaceAll("[*?.:!,/]", " ");
    return s.replaceAll("\\s+", " ").strip();
  }

  static Field lookup(String label) {
    String k = key(label);
    Field exact = LABELS.get(k);
    if (exact != null) {
      return exact;
    }
    String best = null;
    for (String known : LABELS.keySet()) {
      if (k.startsWith(known + " ") && (best == null || known.length() > best.length())) {
        best = known;
      }
    }
    return best != null ? LABELS.get(best) : byKeyword(k);
  }

  /**
   * Portals reword their labels ("Ønsket ydelse", "Hvor mange m2 er boligen", "Gade og husnummer"):
   * a short label no list names is placed by the first keyword it contains, in this order (so
   * "Størrelse på boligen" is an area, not a property type).
   */
  private static final java.util.List<java.util.Map.Entry<Pattern, Field>> KEYWORDS =
      java.util.List.of(
          keyword("cvr|lead ?id|sagsn|ordren|reference", Field.OTHER),
          keyword("virksomhed|firma|company", Field.COMPANY),
          keyword("e ?mail|mail", Field.EMAIL),
          keyword("telefon|tlf|mobil|phone", Field.PHONE),
          keyword("post ?n\\p{L}*\\s.*by|by og post", Field.POSTAL_AND_CITY),
          keyword("postn|post nr|zip", Field.POSTAL_CODE),
          keyword("m2|m²|kvm|kvadrat|areal|størrelse|stor er", Field.AREA),
          keyword("hvor ofte|hvor tit|frekvens|interval|hyppighed|gentag", Field.FREQUENCY),
          keyword(
              "ydelse|service|opgave|rengøringstype|type af rengøring|hvad skal", Field.SERVICE),
          keyword("ekstra|tilvalg|tillæg", Field.EXTRAS),
          keyword("værelse|antal rum", Field.ROOMS),
          keyword("dage|passende dag|hvornår|tidspunkt", Field.DAYS),
          keyword("adresse|gade|vej|husnummer", Field.ADDRESS),
          keyword("navn", Field.NAME),
          keyword("bolig|ejendom", Field.PROPERTY_TYPE),
          keyword("besked|kommentar|bemærk|beskrivelse|uddyb|spørgsmål", Field.MESSAGE),
          keyword("by", Field.CITY));

  private static java.util.Map.Entry<Pattern, Field> keyword(String words, Field field) {
    return java.util.Map.entry(Pattern.compile("(?u)(?<![\\p{L}])(?:" + words + ")"), field);
  }

  private static Field byKeyword(String key) {
    if (key.split(" ").length > 5) {
      return null;
    }
    for (java.util.Map.Entry<Pattern, Field> entry : KEYWORDS) {
      if (entry.getKey().matcher(key).find()) {
        return entry.getValue();
      }
    }
    return null;
  }

  public static LabelledBody parse(String body) {
    LabelledBody parsed = new LabelledBody();
    Field current = null;
    StringBuilder value = new StringBuilder();
    boolean continued = false;
    for (String rawLine : body.split("\n", -1)) {
      String line = rawLine.strip();
      if (line.isEmpty()) {
        if (current != null && (!value.isEmpty() || current == Field.OTHER)) {
          parsed.close(current, value);
          current = null;
        }
        continue;
      }
      Matcher m = LABEL_LINE.matcher(line);
      Field field = m.matches() && !m.group(1).contains("http") ? lookup(m.group(1)) : null;
      if (field == null && !m.matches() && LABELS.containsKey(key(line)) && line.length() <= 40) {
        // a label alone on its line, its value on the next ("<div>Navn</div><div>Mette</div>"):
        // only an exact known label, so a line of prose is never taken for one
        m = BARE_LABEL.matcher(line + ":");
        if (m.matches()) {
          field = LABELS.get(key(line));
        }
      }
      if (field == null) {
        // only a known label makes a table row a field: other rows are data tables
        Matcher cell = CELL_LINE.matcher(line);
        if (cell.matches() && lookup(cell.group(1)) != null) {
          m = cell;
          field = lookup(cell.group(1));
        }
      }
      if (field != null) {
        parsed.close(current, value);
        current = field;
        value.setLength(0);
        value.append(m.group(2).strip());
        continued = false;
        continue;
      }
      boolean unknownLabel =
          m.matches()
              && !m.group(1).contains("http")
              && !m.group(1).matches(".*\\d.*")
              && m.group(1).split("\\s+").length <= 6;
      if (current != null && current != Field.OTHER) {
        boolean takes;
        if (value.isEmpty()) {
          takes = !SIGN_OFF.matcher(line).matches() && !unknownLabel;
        } else if (MULTI_LINE.contains(current)) {
          takes = !unknownLabel || current == Field.MESSAGE;
        } else if (current == Field.ADDRESS) {
          takes =
              !continued && (POSTAL_LINE.matcher(line).matches() || value.toString().endsWith(","));
        } else {
          takes = false;
        }
        if (takes) {
          // the value on the line after its label is the value's first line, not a continuation
          continued = !value.isEmpty();
          if (!value.isEmpty()) {
            value.append(' ');
          }
          value.append(line);
          continue;
        }
        parsed.close(current, value);
        current = null;
      }
      if (unknownLabel) {
        parsed.close(current, value);
        // an unknown label without a value waits for its value on the next line
        current = m.group(2).isBlank() ? Field.OTHER : null;
        value.setLength(0);
        continue;
      }
      if (current == Field.OTHER && value.isEmpty()) {
        // the value of an unknown label, on its own line
        value.append(line);
        parsed.close(current, value);
        current = null;
        continue;
      }
      parsed.close(current, value);
      current = null;
      parsed.unlabelled.append(line).append('\n');
    }
    parsed.close(current, value);
    return parsed;
  }

  private void close(Field field, StringBuilder value) {
    if (field != null && field != Field.OTHER) {
      String v = value.toString().replaceAll("\\s+", " ").strip();
      // the first filled-in occurrence of a label wins; an empty value still marks it as present
      String earlier = values.get(field);
      if (earlier == null || earlier.isEmpty()) {
        values.put(field, v);
      }
    }
    value.setLength(0);
  }

  /**
   * The value of a label, or null when the label is absent. An absent and an empty value differ.
   */
  public String get(Field field) {
    return values.get(field);
  }

  /** The value of a label, or null when the label is absent or its value is empty. */
  public String value(Field field) {
    String v = values.get(field);
    return v == null || v.isEmpty() ? null : v;
  }

  public boolean has(Field field) {
    return values.containsKey(field);
  }

  public int knownFieldCount() {
    return values.size();
  }

  public String unlabelledText() {
    return unlabelled.toString();
  }
}
