package dk.renos.quote.quotes.web;

import dk.renos.quote.quotes.QuoteRepository;
import dk.renos.quote.quotes.QuoteView;
import dk.renos.quote.quotes.QuoteViews;
import dk.renos.support.web.NotFoundException;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
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

  @GetMapping
  PagedModel<QuoteView> list(@Valid PageParams paging) {
    return new PagedModel<>(quotes.findAll(paging.toPageable(NEWEST_FIRST)).map(views::view));
  }

  @GetMapping("/{id}")
  QuoteView one(@PathVariable UUID id) {
    return quotes
        .findById(id)
        .map(views::view)
        .orElseThrow(() -> new NotFoundException("quote", id));
  }
}
