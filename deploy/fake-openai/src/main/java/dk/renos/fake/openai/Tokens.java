package dk.renos.fake.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake's tokenizer: a token is a run of letters or digits, or one other non-space character,
 * together with the whitespace in front of it. "Hej Anna, tak!" is ["Hej", " Anna", ",", " tak",
 * "!"]. Deterministic and language-neutral, it is what usage counts and what a stream sends per
 * chunk; it is not OpenAI's BPE, so never compare its counts with a real model's.
 */
final class Tokens {
  private static final Pattern TOKEN =
      Pattern.compile("\\s*(?:[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}])");

  private Tokens() {}

  /** The text cut into tokens; joining them gives the text back, minus trailing whitespace. */
  static List<String> split(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text);
    int end = 0;
    while (m.find()) {
      tokens.add(m.group());
      end = m.end();
    }
    if (end < text.length()) {
      // trailing whitespace travels with the last token so that nothing is lost
      if (tokens.isEmpty()) {
        tokens.add(text.substring(end));
      } else {
        tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + text.substring(end));
      }
    }
    return tokens;
  }

  static int count(String text) {
    if (text == null) {
      return 0;
    }
    Matcher m = TOKEN.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
