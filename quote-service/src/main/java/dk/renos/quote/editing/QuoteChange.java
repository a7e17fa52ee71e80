package dk.renos.quote.editing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One change staff made to a quote: who, when, and the quote before and after ({@link
 * QuoteSnapshot} as JSON). Never updated; deleted only with its quote.
 */
@Entity
@Table(name = "quote_change")
public class QuoteChange {

  @Id private UUID id;

  @Column(name = "quote_id", nullable = false, updatable = false)
  private UUID quoteId;

  @Column(name = "changed_by", nullable = false, updatable = false, length = 100)
  private String changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  private String before;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  private String after;

  protected QuoteChange() {}

  QuoteChange(UUID quoteId, String changedBy, Instant changedAt, String before, String after) {
    this.id = UUID.randomUUID();
    this.quoteId = quoteId;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.before = before;
    this.after = after;
  }

  public UUID getId() {
    return id;
  }

  public UUID getQuoteId() {
    return quoteId;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  /** JSON of the {@link QuoteSnapshot} before the change. */
  public String getBefore() {
    return before;
  }

  /** JSON of the {@link QuoteSnapshot} after the change. */
  public String getAfter() {
    return after;
  }
}
