package dk.renos.chat.conversation;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConversationRepository extends JpaRepository<Conversation, UUID> {

  Page<Conversation> findByStartedBy(String startedBy, Pageable pageable);

  Optional<Conversation> findByIdAndStartedBy(UUID id, String startedBy);
}
