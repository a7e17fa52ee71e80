package dk.renos.fake.google.gmail;

import dk.renos.fake.google.http.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Gmail's search language (the q parameter), the subset a sync client uses: after/before,
 * newer_than/older_than, from/to/cc/bcc/subject, label/in/is/category, has:attachment, rfc822msgid,
 * negation with '-', and bare words (substring of subject, addresses and text). Anything else is a
 * 400 rather than being silently ignored, so that a client bug shows.
 */
final class QueryFilter {
  final Predicate<StoredMessage> predicate;

  /**
   * Inclusive lower and exclusive upper internalDate bound from positive date terms, for index
   * range scans.
   */
  final Long afterMillis;

  final Long beforeMillis;

  /** in:spam, in:trash and in:anywhere lift the default exclusion of spam and trash. */
  final boolean reachesSpamTrash;

  private QueryFilter(
      Predicate<StoredMessage> predicate,
      Long afterMillis,
      Long beforeMillis,
      boolean reachesSpamTrash) {
    this.predicate = predicate;
    this.afterMillis = afterMillis;
    this.beforeMillis = beforeMillis;
    this.reachesSpamTrash = reachesSpamTrash;
  }

  static final QueryFilter ALL = new QueryFilter(m -> true, null, null, false);

  /** Compiles q; runs under the mailbox lock because label: resolves names. */
  static QueryFilter compile(String q, Labels labels, String ownerEmail, long nowMillis) {
    if (q == null || q.isBlank()) {
      return ALL;
    }
    Predicate<StoredMessage> all = m -> true;
    Long after = null;
    Long before = null;
    boolean spamTrash = false;
    for (String token : tokenize(q)) {
      boolean negated = token.startsWith("-") && token.length() > 1;
      String term = negated ? token.substring(1) : token;
      int colon = term.indexOf(':');
      Predicate<StoredMessage> p;
      if (colon <= 0) {
        if (term.equals("OR")
            || term.equals("AND")
            || term.startsWith("(")
            || term.startsWith("{")) {
          throw unsupported(term);
        }
        String word = unquote(term).toLowerCase(Locale.ROOT);
        p =
            m ->
                contains(m, "Subject", word)
                    || contains(m, "From", word)
                    || contains(m, "To", word)
                    || m.mime.text.toLowerCase(Locale.ROOT).contains(word);
      } else {
        String name = term.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = unquote(term.substring(colon + 1));
        String lower = value.toLowerCase(Locale.ROOT);
        switch (name) {
          case "after", "newer_than" -> {
            long t =
                name.equals("after") ? MailDates.searchBound(value) : nowMillis - relative(value);
            p = m -> m.internalDate >= t;
            if (!negated) {
              after = after == null ? t : Math.max(after, t);
            }
          }
          case "before", "older_than" -> {
            long t =
                name.equals("before") ? MailDates.searchBound(value) : nowMillis - relative(value);
            p = m -> m.internalDate < t;
            if (!negated) {
              before = before == null ? t : Math.min(before, t);
            }
          }
          case "from", "to", "cc", "bcc" -> {
            String needle = lower.equals("me") ? ownerEmail.toLowerCase(Locale.ROOT) : lower;
            p =
                switch (name) {
                  case "from" -> m -> contains(m, "From", needle);
                  case "to" ->
                      m ->
                          contains(m, "To", needle)
                              || contains(m, "Cc", needle)
                              || contains(m, "Bcc", needle);
                  default -> m -> contains(m, name, needle);
                };
          }
          case "subject" -> p = m -> contains(m, "Subject", lower);
          case "rfc822msgid" -> {
            String id = value.startsWith("<") ? value : "<" + value + ">";
            p = m -> id.equals(m.mime.messageId);
          }
          case "label" -> p = labelPredicate(labels, value);
          case "in" -> {
            if (lower.equals("anywhere")) {
              p = m -> true;
              spamTrash = true;
            } else {
              String id =
                  switch (lower) {
                    case "inbox",
                        "sent",
                        "spam",
                        "trash",
                        "starred",
                        "important",
                        "chats",
                        "draft",
                        "drafts" ->
                        lower.equals("chats")
                            ? "CHAT"
                            : lower.equals("drafts") ? "DRAFT" : lower.toUpperCase(Locale.ROOT);
                    default -> throw unsupported(term);
                  };
              spamTrash |= id.equals("SPAM") || id.equals("TRASH");
              p = m -> m.labels.contains(id);
            }
          }
          case "is" ->
              p =
                  switch (lower) {
                    case "unread" -> m -> m.labels.contains("UNREAD");
                    case "read" -> m -> !m.labels.contains("UNREAD");
                    case "starred" -> m -> m.labels.contains("STARRED");
                    case "unstarred" -> m -> !m.labels.contains("STARRED");
                    case "important" -> m -> m.labels.contains("IMPORTANT");
                    default -> throw unsupported(term);
                  };
          case "category" -> {
            String id =
                switch (lower) {
                  case "primary", "personal" -> "CATEGORY_PERSONAL";
                  case "social", "promotions", "updates", "forums" ->
                      "CATEGORY_" + lower.toUpperCase(Locale.ROOT);
                  default -> throw unsupported(term);
                };
            p = m -> m.labels.contains(id);
          }
          case "has" -> {
            if (!lower.equals("attachment")) {
              throw unsupported(term);
            }
            p = m -> m.mime.hasAttachment();
          }
          default -> throw unsupported(term);
        }
      }
      Predicate<StoredMessage> term1 = negated ? p.negate() : p;
      all = all.and(term1);
    }
    return new QueryFilter(all, after, before, spamTrash);
  }

  private static Predicate<StoredMessage> labelPredicate(Labels labels, String value) {
    Labels.Label label = labels.exists(value) ? labels.get(value) : labels.byName(value);
    if (label == null) {
      // Gmail writes spaces and slashes in label names as dashes in queries.
      for (Labels.Label candidate : labels.all()) {
        String dashed = candidate.name().replace(' ', '-').replace('/', '-');
        if (dashed.equalsIgnoreCase(value)) {
          label = candidate;
        }
      }
    }
    if (label == null) {
      return m -> false; // Gmail answers an unknown label with no results, not an error
    }
    String id = label.id();
    return m -> m.labels.contains(id);
  }

  private static boolean contains(StoredMessage m, String header, String needle) {
    String value = m.mime.header(header);
    return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
  }

  private static long relative(String value) {
    var matcher =
        java.util.regex.Pattern.compile("(\\d+)([dmy])").matcher(value.toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw ApiException.badRequest(
          "Invalid query: newer_than/older_than takes Nd, Nm or Ny, got " + value);
    }
    long n = Long.parseLong(matcher.group(1));
    long day = 86_400_000L;
    return switch (matcher.group(2)) {
      case "d" -> n * day;
      case "m" -> n * 30 * day;
      default -> n * 365 * day;
    };
  }

  private static ApiException unsupported(String term) {
    return ApiException.badRequest(
        "Invalid query: the fake Gmail server does not support the search term '" + term + "'");
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }

  /**
   * Splits on whitespace, keeping "quoted phrases" (also after an operator: subject:"tilbud på")
   * together.
   */
  static List<String> tokenize(String q) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : q.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        current.append(c);
      } else if (Character.isWhitespace(c) && !quoted) {
        if (!current.isEmpty()) {
          tokens.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(c);
      }
    }
    if (quoted) {
      throw ApiException.badRequest("Invalid query: unbalanced quote");
    }
    if (!current.isEmpty()) {
      tokens.add(current.toString());
    }
    return tokens;
  }
}
