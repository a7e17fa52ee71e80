package dk.renos.lead.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps the extras a lead asked for, as written ("Ovn", "Køleskab", "Vinduespolering",
 * "Køkkenskabe"), to the add-on codes of {@code LeadCreated}: {@code OVEN}, {@code FRIDGE}, {@code
 * WINDOWS}, {@code CUPBOARDS}. An extra may name several ("Ovn og køleskab" arrives already split);
 * an extra that names none of them is left out of the codes (it stays in the lead's {@code
 * extras}). The result keeps the first-mentioned order without duplicates.
 *
 * <table>
 *   <caption>Words (case-insensitive, "oe"/"o" for "ø", also inside compounds)</caption>
 *   <tr><th>code</th><th>words</th></tr>
 *   <tr><td>OVEN</td><td>ovn (ovnen, ovnrens, rengøring af ovn), komfur, oven</td></tr>
 *   <tr><td>FRIDGE</td><td>køleskab, fryser/fryseskab, kølefryseskab, fridge, freezer</td></tr>
 *   <tr><td>WINDOWS</td><td>vindue (vinduer, vinduespolering, vinduespudsning), window</td></tr>
 *   <tr><td>CUPBOARDS</td><td>skab/skabe other than køle-/fryseskab (køkkenskabe, skabe indvendigt), skuffer,
 *   cupboard, cabinet</td></tr>
 * </table>
 */
public final class AddOns {

  public static final String OVEN = "OVEN";
  public static final String FRIDGE = "FRIDGE";
  public static final String WINDOWS = "WINDOWS";
  public static final String CUPBOARDS = "CUPBOARDS";

  private static final Pattern OVEN_WORDS = Pattern.compile("ovn|komfur|oven");
  private static final Pattern FRIDGE_WORDS =
      Pattern.compile("k(?:ø|oe|o)leskab|fryse|fridge|freezer");
  private static final Pattern WINDOW_WORDS = Pattern.compile("vindue|window");

  /** Køle-/fryseskab are removed before this is tried. */
  private static final Pattern CUPBOARD_WORDS = Pattern.compile("skab|skuffe|cupboard|cabinet");

  private static final Pattern APPLIANCE_CUPBOARDS =
      Pattern.compile("(?:k(?:ø|oe|o)le|fryse)-?\\s*(?:og\\s+)?skab");

  private AddOns() {}

  public static List<String> of(List<String> extras) {
    Set<String> codes = new LinkedHashSet<>();
    for (String extra : extras) {
      if (extra == null) {
        continue;
      }
      String text = Normalizer.normalize(extra, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
      if (OVEN_WORDS.matcher(text).find()) {
        codes.add(OVEN);
      }
      if (FRIDGE_WORDS.matcher(text).find()) {
        codes.add(FRIDGE);
      }
      if (WINDOW_WORDS.matcher(text).find()) {
        codes.add(WINDOWS);
      }
      if (CUPBOARD_WORDS.matcher(APPLIANCE_CUPBOARDS.matcher(text).replaceAll(" ")).find()) {
        codes.add(CUPBOARDS);
      }
    }
    return new ArrayList<>(codes);
  }
}
