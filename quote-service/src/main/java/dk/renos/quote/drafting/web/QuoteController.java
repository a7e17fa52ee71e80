package dk.renos.quote.drafting.web;

import dk.renos.quote.acceptance.QuoteAcceptance;
import dk.renos.quote.drafting.QuoteNotFoundException;
import dk.renos.quote.drafting.QuoteRepository;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/quotes")
class QuoteController {

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

  private final QuoteRepository quotes;
  private final QuoteAcceptance acceptance;
  private final QuoteViews views;

  QuoteController(QuoteRepository quotes, QuoteAcceptance acceptance, QuoteViews views) {
    this.quotes = quotes;
    this.acceptance = acceptance;
    this.views = views;
  }

  @GetMapping
  PagedModel<QuoteView> list(@Valid PageParams paging) {
    return new PagedModel<>(quotes.findAll(paging.toPageable(NEWEST_FIRST)).map(views::view));
  }

  @GetMapping("/{id}")
  QuoteView one(@PathVariable UUID id) {
    return quotes.findById(id).map(views::view).orElseThrow(() -> new QuoteNotFoundException(id));
  }

  /**
   * Staff record that the customer accepted (for now; later also detected in the customer's reply).
   */
  @PostMapping("/{id}/accept")
  QuoteView accept(@PathVariable UUID id) {
    return views.view(acceptance.accept(id));
  }
}
