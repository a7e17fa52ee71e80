package dk.renos.email.thread;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailThreadRepository extends JpaRepository<EmailThread, UUID> {
}
