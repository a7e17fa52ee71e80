package dk.renos.support.messaging.app;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignupRepository extends JpaRepository<Signup, UUID> {}
