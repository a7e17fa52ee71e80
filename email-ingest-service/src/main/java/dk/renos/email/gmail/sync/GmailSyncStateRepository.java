package dk.renos.email.gmail.sync;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GmailSyncStateRepository extends JpaRepository<GmailSyncState, UUID> {}
