package dk.renos.support.messaging.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service that produces through the outbox and consumes idempotently, for MessagingIT. */
@SpringBootApplication
public class MessagingTestApplication {
}
