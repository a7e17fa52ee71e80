package dk.renos.lead.intake.parsing.fields;

import static dk.renos.lead.intake.parsing.fields.ServiceWords.words;

import dk.renos.lead.intake.parsing.Frequency;
import java.util.regex.Pattern;

/**
 * How often, from Danish (and English) words: "hver 14. dag", "hver anden uge", "ugentlig(t)",
 * "månedlig(t)", "1 gang om måneden", "hver 4. uge", ... "Every other week" is checked before
 * "every week", so "hver anden uge" never reads as weekly.
 */
public final class Frequencies {

  private static final Pattern BIWEEKLY =
      words(
          "hver\\s*(?:14|fjortende)\\.?\\s*(?:dag|dage)|hver\\s+(?:anden|andet|2\\.?|to)\\s*uge"
              + "|hveranden\\s+uge|(?:to|2)\\s+gange\\s+(?:om|i|pr\\.?)\\s+måned(?:en)?|14[\\s-]dages|14-dagligt?"
              + "|(?:hver|hveranden)\\s+2\\s+uger|hver\\s+fjortende|biweekly|bi-weekly|every\\s+other\\s+week"
              + "|every\\s+(?:2|two)\\s+weeks|fortnightly");
  private static final Pattern MONTHLY =
      words(
          "hver\\s+måned|månedlig|(?:en|én|1)\\s+gang\\s+(?:om|i|pr\\.?|hver)\\s+måned|hver\\s+(?:4\\.?|fjerde)\\s*uge"
              + "|1\\s*x\\s*(?:om|pr\\.?|i)?\\s*måned|monthly|every\\s+month|once\\s+a\\s+month");
  private static final Pattern WEEKLY =
      words(
          "hver\\s+uge|ugentlig|(?:en|én|1)\\s+gang\\s+(?:om|i|pr\\.?|hver)\\s+ug(?:e|en)"
              + "|hver\\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag)|1\\s*x\\s*(?:om|pr\\.?|i)?\\s*ugen"
              + "|weekly|every\\s+week|once\\s+a\\s+week");
  private static final Pattern ONE_OFF_ANSWER =
      Pattern.compile(
          "(?iu)^(?:kun\\s+)?(?:én|en|1|een)\\s*(?:enkelt\\s+)?gang(?:\\s+.*)?$|^engangs.*|^enkelt.*|.*kun\\s+(?:én|en)\\s+gang.*"
              + "|^once.*|^one[\\s-]off.*|^ikke\\s+fast.*|^éngang.*");
  private static final Pattern NO_ANSWER =
      Pattern.compile(
          "(?iu)^(?:-+|ved ikke|ved ikke endnu|ikke angivet|ikke oplyst|intet svar|n/?a|\\?+|andet|ikke valgt)$");

  private Frequencies() {}

  /** The frequency the text mentions, or null. */
  public static Frequency of(String text) {
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
  public static boolean isOneOffAnswer(String answer) {
    return answer != null && ONE_OFF_ANSWER.matcher(answer.strip()).matches();
  }

  /** An empty or meaningless answer ("-", "ved ikke"). */
  public static boolean isNoAnswer(String answer) {
    return answer == null || answer.isBlank() || NO_ANSWER.matcher(answer.strip()).matches();
  }
}
