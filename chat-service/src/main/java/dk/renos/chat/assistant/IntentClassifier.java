package dk.renos.chat.assistant;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises the common Danish questions without a language model: ordered rules of word stems, the
 * most specific first (a question about lead statistics mentions leads too). Deterministic, so the
 * question set under test resources pins its hit rate.
 */
public final class IntentClassifier {

  private record Rule(Intent intent, List<String> anyOf) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(Intent.HELP, List.of("hjælp", "hvad kan du", "hvad kan jeg spørge")),
          new Rule(Intent.FREE_SLOTS, List.of("ledig", "ledige tider", "fri tid", "plads til")),
          new Rule(
              Intent.LEAD_STATISTICS,
              List.of("statistik", "konvertering", "hvor mange", "antal", "fordelt", "per kilde")),
          new Rule(
              Intent.FOLLOW_UPS_DUE,
              List.of("opfølgning", "følge op", "rykke", "rykker", "ikke svaret", "uden svar")),
          new Rule(Intent.QUOTES_AWAITING, List.of("tilbud", "godkend", "afventer")),
          new Rule(
              Intent.PLAN,
              List.of(
                  "plan",
                  "kalender",
                  "booking",
                  "bookinger",
                  "opgaver",
                  "program",
                  "hvem skal",
                  "hvad skal vi")),
          new Rule(Intent.LEADS, List.of("lead", "henvendelse", "forespørgsl")),
          new Rule(
              Intent.CUSTOMER_OVERVIEW,
              List.of("overblik over kunde", "historik", "alt om", "kundeoverblik")),
          new Rule(
              Intent.FIND_CUSTOMER,
              List.of("find kunde", "søg", "kunden", "kunde", "hvem er", "telefon", "email på")));

  /** Words that turn "find kunde X" into "tell me everything about X". */
  private static final Map<String, Intent> OVERVIEW_HINTS =
      Map.of("overblik", Intent.CUSTOMER_OVERVIEW, "status på kunde", Intent.CUSTOMER_OVERVIEW);

  public Intent classify(String question) {
    String text = question.toLowerCase(Locale.ROOT).strip();
    for (Rule rule : RULES) {
      if (rule.anyOf().stream().anyMatch(text::contains)) {
        if (rule.intent() == Intent.FIND_CUSTOMER
            && OVERVIEW_HINTS.keySet().stream().anyMatch(text::contains)) {
          return Intent.CUSTOMER_OVERVIEW;
        }
        return rule.intent();
      }
    }
    return Intent.UNKNOWN;
  }
}
