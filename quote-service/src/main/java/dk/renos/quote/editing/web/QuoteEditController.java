package dk.renos.quote.editing.web;

import dk.renos.quote.editing.QuoteChange;
import dk.renos.quote.editing.QuoteChanges;
import dk.renos.quote.editing.QuoteEditing;
import dk.renos.quote.pricing.CustomerKind;
import dk.renos.quote.quotes.LineKind;
import dk.renos.quote.quotes.QuoteEdit;
import dk.renos.quote.quotes.QuoteLine;
import dk.renos.quote.quotes.QuoteRepository;
import dk.renos.quote.quotes.QuoteView;
import dk.renos.quote.quotes.QuoteViews;
import dk.renos.quote.staff.CurrentStaff;
import dk.renos.support.web.NotFoundException;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Staff change a quote before approving it, and read what was changed. */
@RestController
@RequestMapping("/api/quotes/{id}")
class QuoteEditController {

  private static final Sort OLDEST_FIRST =
      Sort.by(Sort.Order.asc("changedAt"), Sort.Order.asc("id"));

  private final QuoteEditing editing;
  private final QuoteChanges changes;
  private final QuoteRepository quotes;
  private final QuoteViews views;
  private final CurrentStaff staff;
  private final JsonMapper json;

  QuoteEditController(
      QuoteEditing editing,
      QuoteChanges changes,
      QuoteRepository quotes,
      QuoteViews views,
      CurrentStaff staff,
      JsonMapper json) {
    this.editing = editing;
    this.changes = changes;
    this.quotes = quotes;
    this.views = views;
    this.staff = staff;
    this.json = json;
  }

  /** Every field optional; {@code lines} replaces all lines. 409 once approved. */
  @PatchMapping
  QuoteView edit(@PathVariable UUID id, @Valid @RequestBody EditRequest request) {
    return views.view(editing.edit(id, request.toEdit(), staff.name()));
  }

  /** The quote's changes, oldest first. */
  @GetMapping("/changes")
  PagedModel<ChangeView> changes(@PathVariable UUID id, @Valid PageParams paging) {
    if (!quotes.existsById(id)) {
      throw new NotFoundException("quote", id);
    }
    return new PagedModel<>(
        changes.findByQuoteId(id, paging.toPageable(OLDEST_FIRST)).map(this::view));
  }

  private ChangeView view(QuoteChange change) {
    return new ChangeView(
        change.getId(),
        change.getChangedBy(),
        change.getChangedAt(),
        json.readTree(change.getBefore()),
        json.readTree(change.getAfter()));
  }

  record ChangeView(
      UUID id, String changedBy, Instant changedAt, JsonNode before, JsonNode after) {}

  record EditRequest(
      CustomerKind customerKind,
      @Min(1) @Max(QuoteLine.MAX_PERSONS) Integer persons,
      @DecimalMin("0.5") @DecimalMax("24") @MultipleOf("0.5") BigDecimal hoursOnSite,
      @Size(min = 1, max = 30) List<@NotNull @Valid LineRequest> lines,
      @Size(max = 2000) String openingText,
      @Size(max = 2000) String closingText) {

    QuoteEdit toEdit() {
      return new QuoteEdit(
          customerKind,
          persons,
          hoursOnSite,
          lines == null ? null : lines.stream().map(LineRequest::toLine).toList(),
          openingText,
          closingText);
    }
  }

  /** A line staff write; {@code kind} defaults to CUSTOM. */
  record LineRequest(
      LineKind kind,
      @NotBlank @Size(max = QuoteLine.MAX_DESCRIPTION) String description,
      @NotNull @Min(1) @Max(QuoteLine.MAX_PERSONS) Integer persons,
      @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @MultipleOf("0.25")
          BigDecimal hours) {

    QuoteLine toLine() {
      return new QuoteLine(kind == null ? LineKind.CUSTOM : kind, description, persons, hours);
    }
  }
}
