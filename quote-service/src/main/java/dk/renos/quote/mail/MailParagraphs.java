package dk.renos.quote.mail;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dk.renos.quote.customer.CustomerContact;
import dk.renos.quote.quotes.Quote;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quote mail's personal opening and closing paragraphs. Staff's own texts win; otherwise, when
 * a model is configured, langchain4j's OpenAI client writes them from minimised fields only (first
 * name, service, size, the customer's wish for days; never the mail, phone, address or prices).
 * Prices, slots and the link always come from the template. A failure, a timeout or an unusable
 * answer (no separator, too long, amounts or links in it) falls back to the template's texts, and
 * the draft says so ({@link TextSource#TEMPLATE_AFTER_MODEL_FAILURE}); each call is returned for
 * recording.
 */
@Component
public class MailParagraphs {

  static final String PROMPT_VERSION = "quote-paragraphs-v1";
  static final String SEPARATOR = "---";
  private static final int MAX_PARAGRAPH = 600;

  /** Money, digits with kr, links or mail addresses do not belong in the model's paragraphs. */
  private static final Pattern FORBIDDEN =
      Pattern.compile("(?i)(\\d[\\d.,]*\\s*(kr|dkk)|https?://|www\\.|@)");

  private static final String SYSTEM =
      """
      Du skriver for et dansk rengøringsfirma. Skriv to korte, venlige afsnit på dansk til en mail med \
      et tilbud: først et indledende afsnit (tak for henvendelsen, gerne med kundens fornavn og ønsker), \
      derefter en linje med kun --- og så et afsluttende afsnit. Nævn aldrig priser, beløb, tider, \
      datoer, links eller adresser: dem skriver vi selv. Højst 3 sætninger pr. afsnit.""";

  private static final Logger log = LoggerFactory.getLogger(MailParagraphs.class);

  private final ModelSettings settings;
  private final ChatModel model;
  private final JsonMapper json;
  private final Clock clock;

  MailParagraphs(ModelSettings settings, JsonMapper json, Clock clock) {
    this.settings = settings;
    this.json = json;
    this.clock = clock;
    this.model =
        settings.enabled()
            ? OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .build()
            : null;
  }

  /**
   * @param opening the paragraph to use, null = the template's
   * @param closing the paragraph to use, null = the template's
   * @param call the model call to record, null when none was made
   */
  public record Written(String opening, String closing, TextSource source, ParagraphCall call) {}

  /** Asks the model (when configured and staff wrote nothing); never throws. */
  public Written write(Quote quote, CustomerContact contact) {
    if (quote.getOpeningText() != null || quote.getClosingText() != null) {
      return new Written(quote.getOpeningText(), quote.getClosingText(), TextSource.STAFF, null);
    }
    if (model == null) {
      return new Written(null, null, TextSource.TEMPLATE, null);
    }
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("firstName", contact != null ? contact.firstName() : null);
    inputs.put("service", QuoteMailTemplate.serviceName(quote.getServiceType()));
    inputs.put("areaSqm", quote.getAreaSqm());
    inputs.put("wishes", quote.getPreferredDays());
    String inputJson = json.writeValueAsString(inputs);
    Instant started = clock.instant();
    long startNanos = System.nanoTime();
    String outcome;
    String error = null;
    String[] paragraphs = null;
    try {
      String answer =
          model.chat(SystemMessage.from(SYSTEM), UserMessage.from(inputJson)).aiMessage().text();
      paragraphs = usable(answer);
      outcome = paragraphs != null ? "OK" : "INVALID";
    } catch (RuntimeException e) {
      outcome = timedOut(e) ? "TIMEOUT" : "ERROR";
      error = e.getClass().getName();
    }
    long latencyMs = (System.nanoTime() - startNanos) / 1_000_000;
    ParagraphCall call =
        new ParagraphCall(
            quote.getId(),
            settings.model(),
            PROMPT_VERSION,
            inputJson,
            latencyMs,
            outcome,
            error,
            started);
    log.info(
        "Quote {} paragraphs from model {}: {} in {} ms",
        quote.getId(),
        settings.model(),
        outcome,
        latencyMs);
    return paragraphs != null
        ? new Written(paragraphs[0], paragraphs[1], TextSource.MODEL, call)
        : new Written(null, null, TextSource.TEMPLATE_AFTER_MODEL_FAILURE, call);
  }

  /** Two paragraphs around a {@code ---} line, each short and free of amounts and links. */
  static String[] usable(String answer) {
    if (answer == null) {
      return null;
    }
    String[] parts = answer.strip().split("\\R\\s*" + SEPARATOR + "\\s*\\R", -1);
    if (parts.length != 2) {
      return null;
    }
    String opening = parts[0].strip();
    String closing = parts[1].strip();
    for (String part : new String[] {opening, closing}) {
      if (part.isEmpty() || part.length() > MAX_PARAGRAPH || FORBIDDEN.matcher(part).find()) {
        return null;
      }
    }
    return new String[] {opening, closing};
  }

  private static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpTimeoutException
          || t instanceof SocketTimeoutException
          || t instanceof TimeoutException
          || t.getClass().getSimpleName().contains("Timeout")) {
        return true;
      }
    }
    return false;
  }
}
