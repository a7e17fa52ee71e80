package dk.renos.support.web;

import java.util.Locale;

/**
 * The thing a request names does not exist. Thrown from a controller or the application service it
 * calls, it becomes the same 404 problem+json in every service ({@link NotFoundProblemAdvice}):
 *
 * <pre>{"status": 404, "title": "Quote not found", "detail": "No quote 3f6c…",
 *  "instance": "/api/quotes/3f6c…"}</pre>
 *
 * The kind is a plain noun ("quote", "outgoing email"); the id is an identifier, never personal
 * data, because the detail is shown to the caller and logged.
 */
public class NotFoundException extends RuntimeException {

  private final String kind;
  private final String id;

  public NotFoundException(String kind, Object id) {
    super("No " + kind + " " + id);
    this.kind = kind;
    this.id = String.valueOf(id);
  }

  /** What was looked for, as a lower-case noun. */
  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }

  /** The problem's title: the kind, capitalised, and "not found" ({@code Quote not found}). */
  public String title() {
    return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1) + " not found";
  }
}
