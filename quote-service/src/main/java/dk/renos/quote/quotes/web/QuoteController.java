package dk.renos.quote.quotes.web;

import dk.renos.quote.quotes.QuoteRepository;
import dk.renos.quote.quotes.QuoteStatus;
import dk.renos.quote.quotes.QuoteView;
import dk.renos.quote.quotes.QuoteViews;
import dk.renos.support.web.NotFoundException;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/quotes")
class QuoteController {

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

  private final QuoteRepository quotes;
  private final QuoteViews views;

  QuoteController(QuoteRepository quotes, QuoteViews views) {
    this.quotes = quotes;
    this.views = views;
  }

  /**
   * Newest first; {@code ?status=} keeps one state, and {@code PENDING_APPROVAL} is the approval
   * queue (the DRAFTED quotes, waiting for a person).
   */
  @GetMapping
  PagedModel<QuoteView> list(@Valid PageParams paging, @Valid StatusFilter filter) {
    var page = paging.toPageable(NEWEST_FIRST);
    var found =
        filter.status() == null
            ? quotes.findAll(page)
            : quotes.findByStatus(filter.toStatus(), page);
    return new PagedModel<>(found.map(views::view));
  }

  /** {@code ?status=}: a {@link QuoteStatus} name or {@code PENDING_APPROVAL}. */
  record StatusFilter(
      @Pattern(
              regexp =
                  "PENDING_APPROVAL|NEEDS_DETAILS|BLOCKED_DUPLICATE|CUSTOM_QUOTE_REQUIRED|DRAFTED"
                      + "|APPROVED|REJECTED|SENT|ACCEPTED|DECLINED|EXPIRED",
              message = "must be PENDING_APPROVAL or a quote status")
          String status) {

    QuoteStatus toStatus() {
      return QuoteStatus.PENDING_APPROVAL.equals(status)
          ? QuoteStatus.DRAFTED
          : QuoteStatus.valueOf(status);
    }
  }

  @GetMapping("/{id}")
  QuoteView one(@PathVariable UUID id) {
    return quotes
        .findById(id)
        .map(views::view)
        .orElseThrow(() -> new NotFoundException("quote", id));
  }
}
