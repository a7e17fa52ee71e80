package dk.renos.quote.drafting.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dk.renos.quote.drafting.Quote;
import dk.renos.quote.drafting.QuoteRepository;
import dk.renos.quote.drafting.QuoteStatus;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/quotes")
class QuoteController {

  private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

  private final QuoteRepository quotes;

  QuoteController(QuoteRepository quotes) {
    this.quotes = quotes;
  }

  @GetMapping
  PagedModel<QuoteView> list(@Valid PageParams paging) {
    return new PagedModel<>(quotes.findAll(paging.toPageable(NEWEST_FIRST)).map(QuoteView::from));
  }

  record QuoteView(UUID id, UUID leadId, UUID customerId, QuoteStatus status, String serviceType, int persons,
      BigDecimal hours, long priceInclVatOre, Instant createdAt, Instant updatedAt) {

    static QuoteView from(Quote quote) {
      return new QuoteView(quote.getId(), quote.getLeadId(), quote.getCustomerId(), quote.getStatus(),
          quote.getServiceType(), quote.getPersons(), quote.getHours(), quote.getPriceInclVatOre(),
          quote.getCreatedAt(), quote.getUpdatedAt());
    }
  }
}
