package dk.renos.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pulls the most telling line out of a failed component's log, so the user sees the cause at once. */
final class LogHints {

    private static final Pattern JSON_MESSAGE = Pattern.compile("\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    private LogHints() {
    }

    /** ": <cause>" or an empty string when the log says nothing useful. */
    static String cause(Path log) {
        try {
            if (!Files.exists(log)) {
                return "";
            }
            List<String> lines = Files.readAllLines(log);
            for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 400); i--) {
                String line = lines.get(i);
                if (line.contains("\"ERROR\"") || line.startsWith("Caused by:") || line.contains("APPLICATION FAILED")) {
                    Matcher message = JSON_MESSAGE.matcher(line);
                    String text = message.find() ? message.group(1) : line;
                    return ": " + abbreviate(text.replace("\\n", " ").replace("\\t", " "));
                }
            }
            return "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String abbreviate(String text) {
        String single = text.replaceAll("\\s+", " ").trim();
        return single.length() <= 200 ? single : single.substring(0, 197) + "...";
    }
}
