package dk.renos.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls the most telling line out of a failed component's log, so the user sees the cause at once.
 */
final class LogHints {

  private static final String JSON_STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
  private static final Pattern JSON_MESSAGE = Pattern.compile("\"message\":" + JSON_STRING);

  /** Boot's ECS lines carry the exception as error.type / error.message. */
  private static final Pattern JSON_ERROR =
      Pattern.compile("\"error\":\\{\"type\":" + JSON_STRING + ",\"message\":" + JSON_STRING);

  /** A plain-text exception line: "java.lang.IllegalStateException: ..." or "Caused by: ...". */
  private static final Pattern EXCEPTION_LINE =
      Pattern.compile("^(?:Caused by: )?[\\w.$]+(?:Exception|Error): .+");

  private LogHints() {}

  /** ": <cause>" or an empty string when the log says nothing useful. */
  static String cause(Path log) {
    try {
      if (!Files.exists(log)) {
        return "";
      }
      List<String> lines = Files.readAllLines(log);
      for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 400); i--) {
        String hint = hint(lines.get(i));
        if (hint != null) {
          return ": "
              + abbreviate(hint.replace("\\n", " ").replace("\\t", " ").replace("\\\"", "\""));
        }
      }
      return "";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static String hint(String line) {
    if (line.startsWith("{")) {
      if (!line.contains("\"ERROR\"")) {
        return null;
      }
      Matcher error = JSON_ERROR.matcher(line);
      if (error.find()) {
        return error.group(1) + ": " + error.group(2);
      }
      Matcher message = JSON_MESSAGE.matcher(line);
      return message.find() ? message.group(1) : null;
    }
    String trimmed = line.strip();
    return EXCEPTION_LINE.matcher(trimmed).matches() ? trimmed : null;
  }

  private static String abbreviate(String text) {
    String single = text.replaceAll("\\s+", " ").trim();
    return single.length() <= 240 ? single : single.substring(0, 237) + "...";
  }
}
