package dk.renos.lead.intake.parsing.corpus;

import dk.renos.lead.intake.parsing.LeadParser;
import dk.renos.lead.intake.parsing.ParseResult;
import dk.renos.lead.intake.parsing.ParsedLead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Field accuracy of {@link LeadParser} on a corpus: a directory of {@code <id>.eml} messages, each
 * with {@code <id>.json} holding the expected {@code outcome} ({@code LEAD}, {@code MANUAL_REVIEW}
 * or {@code NOT_A_LEAD}) and, for a lead, the expected fields (null = must be absent). A field of a
 * lead message counts as right when the parser's value equals the expected one (a message the
 * parser wrongly drops gets all its expected non-null fields wrong). A non-lead message that gives
 * a lead or a manual-review lead is a false lead.
 */
final class CorpusAccuracy {

  static final List<String> FIELDS =
      List.of(
          "outcome",
          "source",
          "name",
          "email",
          "phone",
          "address",
          "postalCode",
          "city",
          "areaSqm",
          "serviceType",
          "frequency",
          "company");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * {@code -Drenos.corpus.verbose=true} shows expected and actual values of every miss; off by
   * default, as a held-out corpus may hold real people's details.
   */
  private static final boolean VERBOSE = Boolean.getBoolean("renos.corpus.verbose");

  /** Counts per field (right, total), false leads and the misses (message id and field only). */
  record Report(
      Map<String, int[]> fields,
      int messages,
      int leadMessages,
      int nonLeadMessages,
      int falseLeads,
      List<String> misses) {

    double accuracy(String field) {
      int[] c = fields.get(field);
      return c[1] == 0 ? 1.0 : (double) c[0] / c[1];
    }

    String format() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "Lead extraction corpus: %d messages (%d leads, %d not leads)%n",
              messages,
              leadMessages,
              nonLeadMessages));
      for (String field : FIELDS) {
        int[] c = fields.get(field);
        out.append(
            String.format(
                Locale.ROOT,
                "  %-12s %6.2f %%  (%d/%d)%n",
                field,
                100 * accuracy(field),
                c[0],
                c[1]));
      }
      out.append(
          String.format(
              Locale.ROOT, "  leads from non-lead mail: %d of %d%n", falseLeads, nonLeadMessages));
      if (!misses.isEmpty()) {
        out.append("  misses (message: field expected → got):\n");
        misses.forEach(m -> out.append("    ").append(m).append('\n'));
      }
      return out.toString();
    }
  }

  private CorpusAccuracy() {}

  static Report measure(Path dir) {
    LeadParser parser = new LeadParser();
    Map<String, int[]> fields = new LinkedHashMap<>();
    FIELDS.forEach(f -> fields.put(f, new int[2]));
    List<String> misses = new ArrayList<>();
    int messages = 0;
    int leads = 0;
    int nonLeads = 0;
    int falseLeads = 0;
    for (Path eml : emlFiles(dir)) {
      String id = eml.getFileName().toString().replaceFirst("\\.eml$", "");
      JsonNode expected = readJson(eml.resolveSibling(id + ".json"));
      ParseResult result = parser.parse(EmlReader.read(readBytes(eml)));
      messages++;
      String outcome = expected.get("outcome").asString();
      if (outcome.equals("NOT_A_LEAD")) {
        nonLeads++;
        if (!(result instanceof ParseResult.NotALead)) {
          falseLeads++;
          misses.add(id + ": outcome NOT_A_LEAD → " + outcomeOf(result));
        }
        continue;
      }
      leads++;
      Map<String, String> actual = actualFields(result);
      for (String field : FIELDS) {
        JsonNode node = expected.get(field);
        String want = node == null || node.isNull() ? null : node.asString();
        String got = actual.get(field);
        int[] c = fields.get(field);
        c[1]++;
        if (Objects.equals(want, got)) {
          c[0]++;
        } else {
          // field names and codes only: a miss line carries no personal data
          misses.add(
              id
                  + ": "
                  + field
                  + (field.equals("outcome")
                          || field.equals("serviceType")
                          || field.equals("frequency")
                          || field.equals("source")
                          || field.equals("areaSqm")
                      ? " " + want + " → " + got
                      : VERBOSE
                          ? " " + want + " → " + got
                          : (got == null ? " missing" : " differs")));
        }
      }
    }
    return new Report(fields, messages, leads, nonLeads, falseLeads, misses);
  }

  private static String outcomeOf(ParseResult result) {
    return switch (result) {
      case ParseResult.Lead l -> "LEAD";
      case ParseResult.ManualReview r -> "MANUAL_REVIEW (" + r.reason() + ")";
      case ParseResult.NotALead n -> "NOT_A_LEAD (" + n.reason() + ")";
    };
  }

  private static Map<String, String> actualFields(ParseResult result) {
    Map<String, String> out = new LinkedHashMap<>();
    ParsedLead lead =
        switch (result) {
          case ParseResult.Lead l -> {
            out.put("outcome", "LEAD");
            out.put("source", l.source().name());
            yield l.fields();
          }
          case ParseResult.ManualReview r -> {
            out.put("outcome", "MANUAL_REVIEW");
            out.put("source", r.source().name());
            yield r.partial();
          }
          case ParseResult.NotALead n -> {
            out.put("outcome", "NOT_A_LEAD");
            yield null;
          }
        };
    if (lead != null) {
      out.put("name", lead.name());
      out.put("email", lead.email());
      out.put("phone", lead.phone());
      out.put("address", lead.address());
      out.put("postalCode", lead.postalCode());
      out.put("city", lead.city());
      out.put("areaSqm", lead.areaSqm() == null ? null : lead.areaSqm().toString());
      out.put("serviceType", lead.serviceType() == null ? null : lead.serviceType().name());
      out.put("frequency", lead.frequency() == null ? null : lead.frequency().name());
      out.put("company", lead.company());
    }
    return out;
  }

  private static List<Path> emlFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readJson(Path path) {
    if (!Files.exists(path)) {
      throw new IllegalStateException("no expected fields for " + path.getFileName());
    }
    return JSON.readTree(readBytes(path));
  }

  private static byte[] readBytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
