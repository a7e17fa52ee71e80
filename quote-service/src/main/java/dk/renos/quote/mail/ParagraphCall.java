package dk.renos.quote.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One call to the language model for a quote's paragraphs (DOMAIN.md "Safety": every automatic
 * action is recorded): the minimised inputs sent, model, prompt version, latency, outcome. The
 * inputs hold the customer's first name and wish for days: personal data, never logged.
 */
@Entity
@Table(name = "quote_text_call")
public class ParagraphCall {

  @Id private UUID id;

  @Column(name = "quote_id", nullable = false, updatable = false)
  private UUID quoteId;

  @Column(nullable = false, length = 100, updatable = false)
  private String model;

  @Column(name = "prompt_version", nullable = false, length = 40, updatable = false)
  private String promptVersion;

  /** The fields sent, as JSON text. */
  @Column(nullable = false, columnDefinition = "text", updatable = false)
  private String inputs;

  @Column(name = "latency_ms", nullable = false, updatable = false)
  private long latencyMs;

  /** OK, ERROR, TIMEOUT or INVALID. */
  @Column(nullable = false, length = 20, updatable = false)
  private String outcome;

  /** The failure's type (never the model's text). */
  @Column(length = 300, updatable = false)
  private String error;

  @Column(name = "called_at", nullable = false, updatable = false)
  private Instant calledAt;

  protected ParagraphCall() {}

  ParagraphCall(
      UUID quoteId,
      String model,
      String promptVersion,
      String inputs,
      long latencyMs,
      String outcome,
      String error,
      Instant calledAt) {
    this.id = UUID.randomUUID();
    this.quoteId = quoteId;
    this.model = model;
    this.promptVersion = promptVersion;
    this.inputs = inputs;
    this.latencyMs = latencyMs;
    this.outcome = outcome;
    this.error = error == null || error.length() <= 300 ? error : error.substring(0, 300);
    this.calledAt = calledAt;
  }

  public UUID getQuoteId() {
    return quoteId;
  }

  public String getModel() {
    return model;
  }

  public String getPromptVersion() {
    return promptVersion;
  }

  public String getInputs() {
    return inputs;
  }

  public long getLatencyMs() {
    return latencyMs;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getError() {
    return error;
  }
}
