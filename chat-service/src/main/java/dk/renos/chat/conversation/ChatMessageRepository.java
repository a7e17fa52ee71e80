package dk.renos.chat.conversation;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ChatMessageRepository extends JpaRepository<ChatMessage, UUID> {

  List<ChatMessage> findByConversationIdOrderByCreatedAt(UUID conversationId);

  @Modifying
  @Query("delete from ChatMessage m where m.conversationId = :conversationId")
  void deleteByConversationId(UUID conversationId);
}
