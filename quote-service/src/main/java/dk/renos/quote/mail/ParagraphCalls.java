package dk.renos.quote.mail;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParagraphCalls extends JpaRepository<ParagraphCall, UUID> {

  List<ParagraphCall> findByQuoteIdOrderByCalledAt(UUID quoteId);
}
