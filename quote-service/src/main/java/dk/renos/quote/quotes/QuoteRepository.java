package dk.renos.quote.quotes;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuoteRepository extends JpaRepository<Quote, UUID> {

  boolean existsByLeadId(UUID leadId);

  Optional<Quote> findByLeadId(UUID leadId);

  /** The quote a send command belongs to. */
  Optional<Quote> findBySendCommandId(UUID commandId);

  /** The quotes in one state (the approval queue: DRAFTED). */
  org.springframework.data.domain.Page<Quote> findByStatus(
      QuoteStatus status, org.springframework.data.domain.Pageable pageable);

  /** The customer's quotes in the given states whose lead arrived within [from, to]. */
  List<Quote> findByCustomerIdAndStatusInAndLeadReceivedAtBetween(
      UUID customerId, Collection<QuoteStatus> statuses, Instant from, Instant to);
}
