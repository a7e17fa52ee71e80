package dk.renos.lead.intake.web;

import dk.renos.lead.intake.Lead;
import dk.renos.lead.intake.LeadRepository;
import dk.renos.lead.intake.LeadStatus;
import dk.renos.support.web.NotFoundException;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/leads")
class LeadController {

  private static final Logger log = LoggerFactory.getLogger(LeadController.class);
  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.asc("id"));

  private final LeadRepository leads;

  LeadController(LeadRepository leads) {
    this.leads = leads;
  }

  @GetMapping
  PagedModel<LeadView> list(@Valid PageParams paging) {
    PagedModel<LeadView> page =
        new PagedModel<>(leads.findAll(paging.toPageable(NEWEST_FIRST)).map(LeadView::from));
    log.info(
        "Leads page {} listed ({} of {})",
        page.getMetadata().number(),
        page.getContent().size(),
        page.getMetadata().totalElements());
    return page;
  }

  @GetMapping("/{id}")
  LeadView get(@PathVariable UUID id) {
    LeadView lead =
        leads.findById(id).map(LeadView::from).orElseThrow(() -> new NotFoundException("lead", id));
    log.info("Lead {} read", id);
    return lead;
  }

  /**
   * A lead as the API shows it. {@code reviewReason} is set for MANUAL_REVIEW leads; {@code
   * customerId} is null until a customer is known. Codes are strings so a new value is not a
   * breaking change.
   */
  record LeadView(
      UUID id,
      String source,
      LeadStatus status,
      String serviceType,
      String frequency,
      Integer areaSqm,
      String rooms,
      String propertyType,
      List<String> extras,
      List<String> addOns,
      String preferredDays,
      String reviewReason,
      UUID customerId,
      UUID emailMessageId,
      UUID threadId,
      String summary,
      Instant receivedAt,
      Instant createdAt) {

    static LeadView from(Lead lead) {
      return new LeadView(
          lead.getId(),
          lead.getSource(),
          lead.getStatus(),
          lead.getServiceType(),
          lead.getFrequency(),
          lead.getAreaSqm(),
          lead.getRooms(),
          lead.getPropertyType(),
          lead.getExtras(),
          lead.getAddOns(),
          lead.getPreferredDays(),
          lead.getReviewReason(),
          lead.getCustomerId(),
          lead.getEmailMessageId(),
          lead.getThreadId(),
          lead.getSummary(),
          lead.getReceivedAt(),
          lead.getCreatedAt());
    }
  }
}
