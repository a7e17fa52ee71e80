package dk.renos.lead.intake.web;

import java.time.Instant;
import java.util.UUID;

import dk.renos.lead.intake.Lead;
import dk.renos.lead.intake.LeadRepository;
import dk.renos.lead.intake.LeadStatus;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/leads")
class LeadController {

  private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.asc("id"));

  private final LeadRepository leads;

  LeadController(LeadRepository leads) {
    this.leads = leads;
  }

  @GetMapping
  PagedModel<LeadView> list(@Valid PageParams paging) {
    return new PagedModel<>(leads.findAll(paging.toPageable(NEWEST_FIRST)).map(LeadView::from));
  }

  record LeadView(UUID id, String source, LeadStatus status, UUID customerId, String serviceType, String summary,
      Instant receivedAt, Instant createdAt) {

    static LeadView from(Lead lead) {
      return new LeadView(lead.getId(), lead.getSource(), lead.getStatus(), lead.getCustomerId(),
          lead.getServiceType(), lead.getSummary(), lead.getReceivedAt(), lead.getCreatedAt());
    }
  }
}
