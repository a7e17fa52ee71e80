package dk.renos.lead.intake.parsing;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Service type and frequency from Danish words. Matching is case-insensitive and tolerates "o"/"oe"
 * for "ø".
 */
final class ServiceDetection {

  private static final String RENG = "reng(?:ø|oe|o)r";

  private static final Map<ServiceType, Pattern> TYPE_WORDS = new LinkedHashMap<>();

  static {
    TYPE_WORDS.put(
        ServiceType.RECURRING,
        words(
            "fast(?:e)?\\s+"
                + RENG
                + "|løbende\\s+"
                + RENG
                + "|"
                + RENG
                + "ingsabonnement|fast\\s+rengøringshjælp"));
    TYPE_WORDS.put(ServiceType.DEEP_CLEAN, words("hoved\\s?-?" + RENG));
    TYPE_WORDS.put(
        ServiceType.MOVE_OUT,
        words(
            "flytte\\s?-?"
                + RENG
                + "|fraflytning|udflytning|indflytningsreng|flytter\\s+ud|fraflytter"));
    TYPE_WORDS.put(
        ServiceType.ONE_OFF,
        words(
            "engangs\\s?-?(?:opgave|"
                + RENG
                + "|rengøringshjælp)|enkeltstående\\s+"
                + RENG
                + "|en\\s+enkelt\\s+"
                + RENG));
    TYPE_WORDS.put(ServiceType.OFFICE, words("erhverv|kontor"));
    TYPE_WORDS.put(
        ServiceType.WINDOWS,
        words(
            "vinduespuds|vinduespol|vinduesvask|pudse(?:t|r)?\\s+(?:\\p{L}+\\s+)?vinduer|vaske\\s+vinduer"
                + "|vinduer\\s+pudset"));
  }

  private static final Pattern BIWEEKLY =
      words(
          "hver\\s*(?:14|fjortende)\\.?\\s*dag|hver\\s+(?:anden|andet|2\\.?)\\s*uge|hveranden\\s+uge"
              + "|(?:to|2)\\s+gange\\s+om\\s+måneden|14[\\s-]dages|biweekly|every\\s+other\\s+week|every\\s+2\\s+weeks");
  private static final Pattern MONTHLY =
      words(
          "hver\\s+måned|månedlig|(?:en|én|1)\\s+gang\\s+(?:om|i|pr\\.?)\\s+måned|hver\\s+(?:4\\.?|fjerde)\\s*uge"
              + "|monthly|every\\s+month");
  private static final Pattern WEEKLY =
      words(
          "hver\\s+uge|ugentlig|(?:en|én|1)\\s+gang\\s+(?:om|i|pr\\.?)\\s+ugen|hver\\s+(?:mandag|tirsdag|onsdag|torsdag|fredag)"
              + "|weekly|every\\s+week");
  private static final Pattern ONE_OFF_ANSWER =
      Pattern.compile(
          "(?iu)^(?:kun\\s+)?(?:én|en|1|een)\\s*(?:enkelt\\s+)?gang(?:\\s+.*)?$|^engangs.*|^enkelt.*|.*kun\\s+(?:én|en)\\s+gang.*"
              + "|^once.*|^one[\\s-]off.*");
  private static final Pattern NO_ANSWER =
      Pattern.compile("(?iu)^(?:-+|ved ikke|ikke angivet|ikke oplyst|intet svar|n/?a|\\?+|andet)$");

  private ServiceDetection() {}

  private static Pattern words(String alternatives) {
    return Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternatives + ")");
  }

  /** Every service type the text mentions (windows included even next to others). */
  static Set<ServiceType> types(String text) {
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

  /**
   * The frequency the text mentions, or null. "Every other week" is checked before "every week".
   */
  static Frequency frequency(String text) {
    if (text == null) {
      return null;
    }
    if (BIWEEKLY.matcher(text).find()) {
      return Frequency.BIWEEKLY;
    }
    if (MONTHLY.matcher(text).find()) {
      return Frequency.MONTHLY;
    }
    if (WEEKLY.matcher(text).find()) {
      return Frequency.WEEKLY;
    }
    return null;
  }

  /** An answer to "how often" meaning "just once". */
  static boolean isOneOffAnswer(String answer) {
    return answer != null && ONE_OFF_ANSWER.matcher(answer.strip()).matches();
  }

  /** An empty or meaningless answer ("-", "ved ikke"). */
  static boolean isNoAnswer(String answer) {
    return answer == null || answer.isBlank() || NO_ANSWER.matcher(answer.strip()).matches();
  }

  /** Mentions cleaning at all. */
  static boolean mentionsCleaning(String text) {
    return CLEANING.matcher(text).find() || !types(text).isEmpty();
  }

  private static final Pattern CLEANING =
      words(
          RENG
              + "|gøre\\s+rent|gør\\s+rent|gør\\s+i\\s+(?:også\\s+)?rent|vinduespu|vinduespol|pudse\\s+vinduer");
}
