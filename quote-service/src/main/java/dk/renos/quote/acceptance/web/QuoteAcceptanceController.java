package dk.renos.quote.acceptance.web;

import dk.renos.quote.acceptance.QuoteAcceptance;
import dk.renos.quote.quotes.QuoteView;
import dk.renos.quote.quotes.QuoteViews;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/quotes")
class QuoteAcceptanceController {

  private final QuoteAcceptance acceptance;
  private final QuoteViews views;

  QuoteAcceptanceController(QuoteAcceptance acceptance, QuoteViews views) {
    this.acceptance = acceptance;
    this.views = views;
  }

  /**
   * Staff record that the customer accepted (for now; later also detected in the customer's reply).
   */
  @PostMapping("/{id}/accept")
  QuoteView accept(@PathVariable UUID id) {
    return views.view(acceptance.accept(id));
  }
}
