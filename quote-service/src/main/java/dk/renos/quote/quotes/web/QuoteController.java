package dk.renos.quote.drafting.web;

import dk.renos.quote.acceptance.QuoteAcceptance;
import dk.renos.quote.drafting.Quote;
import dk.renos.quote.drafting.QuoteNotFoundException;
import dk.renos.quote.drafting.QuoteRepository;
import dk.renos.quote.drafting.QuoteStatus;
import dk.renos.quote.pricing.CustomerKind;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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

  QuoteController(QuoteRepository quotes, QuoteAcceptance acceptance) {
    this.quotes = quotes;
    this.acceptance = acceptance;
  }

  @GetMapping
  PagedModel<QuoteView> list(@Valid PageParams paging) {
    return new PagedModel<>(quotes.findAll(paging.toPageable(NEWEST_FIRST)).map(QuoteView::from));
  }

  @GetMapping("/{id}")
  QuoteView one(@PathVariable UUID id) {
    return quotes
        .findById(id)
        .map(QuoteView::from)
        .orElseThrow(() -> new QuoteNotFoundException(id));
  }

  /**
   * Staff record that the customer accepted (for now; later also detected in the customer's reply).
   */
  @PostMapping("/{id}/accept")
  QuoteView accept(@PathVariable UUID id) {
    return QuoteView.from(acceptance.accept(id));
  }

  /** A quote as the API shows it; price fields are null while the quote has no price. */
  record QuoteView(
      UUID id,
      UUID leadId,
      UUID customerId,
      QuoteStatus status,
      String statusReason,
      boolean duplicateWarning,
      UUID duplicateOfQuoteId,
      String serviceType,
      String frequency,
      Integer areaSqm,
      List<String> addOns,
      CustomerKind customerKind,
      Integer persons,
      BigDecimal hoursOnSite,
      BigDecimal personHours,
      Long priceInclVatOre,
      Long vatOre,
      Long labourDeductionOre,
      Long priceAfterDeductionOre,
      Integer visitMinutes,
      List<String> explanation,
      Instant leadReceivedAt,
      Instant acceptedAt,
      Instant createdAt,
      Instant updatedAt) {

    static QuoteView from(Quote quote) {
      return new QuoteView(
          quote.getId(),
          quote.getLeadId(),
          quote.getCustomerId(),
          quote.getStatus(),
          quote.getStatusReason(),
          quote.isDuplicateWarning(),
          quote.getDuplicateOfQuoteId(),
          quote.getServiceType(),
          quote.getFrequency(),
          quote.getAreaSqm(),
          quote.getAddOns(),
          quote.getCustomerKind(),
          quote.getPersons(),
          quote.getHoursOnSite(),
          quote.getPersonHours(),
          quote.getPriceInclVatOre(),
          quote.getVatOre(),
          quote.getLabourDeductionOre(),
          quote.getPriceAfterDeductionOre(),
          quote.getVisitMinutes(),
          quote.getExplanation(),
          quote.getLeadReceivedAt(),
          quote.getAcceptedAt(),
          quote.getCreatedAt(),
          quote.getUpdatedAt());
    }
  }
}
