package dk.renos.lead.intake.parsing.fields;

import dk.renos.lead.intake.parsing.ServiceType;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Service types and property types from Danish (and a few English) words. Matching is
 * case-insensitive, tolerates "o"/"oe" for "ø" and compound words ("kontorrengøring",
 * "flytte-rengøring", "hoved rengøring").
 */
public final class ServiceWords {

  private static final String RENG = "reng(?:ø|oe|o)r";

  private static final Map<ServiceType, Pattern> TYPE_WORDS = new LinkedHashMap<>();

  static {
    TYPE_WORDS.put(
        ServiceType.RECURRING,
        words(
            "fast(?:e)?\\s+(?:ugentlig\\s+|privat\\s+)?"
                + RENG
                + "|løbende\\s+"
                + RENG
                + "|"
                + RENG
                + "ingsabonnement|fast\\s+rengøringshjælp|fast\\s+hjælp\\s+til\\s+"
                + RENG
                + "|privat\\s?-?"
                + RENG
                + "|privat\\s+rengøringshjælp|almindelig\\s+"
                + RENG
                + "|hjemme\\s?-?"
                + RENG
                + "|bolig"
                + RENG
                + "|regelmæssig\\s+"
                + RENG
                + "|recurring\\s+cleaning|regular\\s+cleaning"));
    TYPE_WORDS.put(
        ServiceType.DEEP_CLEAN,
        words("hoved\\s?-?" + RENG + "|grund\\s?-?" + RENG + "|deep\\s+clean"));
    TYPE_WORDS.put(
        ServiceType.MOVE_OUT,
        words(
            "flytte\\s?-?"
                + RENG
                + "|flytter\\s?-?"
                + RENG
                + "|fraflytning|udflytning|indflytningsreng|flytter\\s+ud|fraflytter|move[\\s-]out"));
    TYPE_WORDS.put(
        ServiceType.ONE_OFF,
        words(
            "engangs\\s?-?(?:opgave|"
                + RENG
                + "|rengøringshjælp)|enkeltstående\\s+"
                + RENG
                + "|en\\s+enkelt\\s+"
                + RENG
                + "|one[\\s-]off"));
    TYPE_WORDS.put(
        ServiceType.OFFICE,
        words("erhverv|kontor(?!vej|gade|stræde|park\\b)|klinik" + RENG + "|office\\s+cleaning"));
    TYPE_WORDS.put(
        ServiceType.WINDOWS,
        words(
            "vinduespuds|vinduespol|vinduesvask|pudse(?:t|r)?\\s+(?:\\p{L}+\\s+)?vinduer|vaske\\s+vinduer"
                + "|vinduer\\s+pudset|window\\s+cleaning"));
  }

  private static final Pattern CLEANING =
      words(
          RENG
              + "|gøre\\s+rent|gør\\s+rent|gør\\s+i\\s+(?:også\\s+)?rent|vinduespu|vinduespol|pudse\\s+vinduer"
              + "|cleaning");

  private static final Map<Pattern, String> PROPERTY_WORDS = new LinkedHashMap<>();

  static {
    PROPERTY_WORDS.put(words("lejlighed"), "Lejlighed");
    PROPERTY_WORDS.put(words("rækkehus"), "Rækkehus");
    PROPERTY_WORDS.put(words("parcelhus"), "Parcelhus");
    PROPERTY_WORDS.put(words("villa(?![\\p{L}])"), "Villa");
    PROPERTY_WORDS.put(words("sommerhus"), "Sommerhus");
    PROPERTY_WORDS.put(words("(?:hus|huset)(?![\\p{L}])"), "Hus");
    PROPERTY_WORDS.put(words("kontor(?!vej|gade|stræde)"), "Kontor");
  }

  private ServiceWords() {}

  static Pattern words(String alternatives) {
    return Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternatives + ")");
  }

  /** Every service type the text mentions (windows included even next to others). */
  public static Set<ServiceType> types(String text) {
    Set<ServiceType> found = EnumSet.noneOf(ServiceType.class);
    if (text == null) {
      return found;
    }
    TYPE_WORDS.forEach(
        (type, pattern) -> {
          if (pattern.matcher(text).find()) {
            found.add(type);
          }
        });
    return found;
  }

  /** Mentions cleaning at all (any cleaning word or any service type). */
  public static boolean mentionsCleaning(String text) {
    return text != null && (CLEANING.matcher(text).find() || !types(text).isEmpty());
  }

  /**
   * The first property type the text names (Lejlighed, Rækkehus, Parcelhus, Villa, Sommerhus, Hus,
   * Kontor), or null.
   */
  public static String propertyType(String text) {
    if (text == null) {
      return null;
    }
    for (Map.Entry<Pattern, String> e : PROPERTY_WORDS.entrySet()) {
      if (e.getKey().matcher(text).find()) {
        return e.getValue();
      }
    }
    return null;
  }
}
