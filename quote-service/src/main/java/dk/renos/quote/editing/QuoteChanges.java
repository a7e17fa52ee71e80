package dk.renos.quote.editing;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuoteChanges extends JpaRepository<QuoteChange, UUID> {

  Page<QuoteChange> findByQuoteId(UUID quoteId, Pageable pageable);
}
