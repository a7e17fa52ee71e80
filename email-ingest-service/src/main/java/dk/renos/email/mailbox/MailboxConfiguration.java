package dk.renos.email.mailbox;

import dk.renos.email.ingest.EmailIngestion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.unit.DataSize;

/**
 * The local mailbox folder. On when {@code renos.mailbox.dir} (env {@code RENOS_MAILBOX_DIR}) is
 * set, or when the default folder {@code ${RENOS_DATA_DIR:.renos}/mailbox} exists; {@code
 * renos.mailbox.enabled=false} turns it off regardless.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MailboxConfiguration.MailboxWanted.class)
@EnableScheduling
class MailboxConfiguration {

  static final String DIR = "renos.mailbox.dir";

  @Bean
  MailboxPoller mailboxPoller(
      Environment environment,
      EmailIngestion ingestion,
      @Value("${renos.email.max-message-size:10MB}") DataSize maxMessageSize) {
    return new MailboxPoller(directory(environment), ingestion, maxMessageSize);
  }

  static Path directory(Environment environment) {
    String configured = environment.getProperty(DIR);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    return Path.of(environment.getProperty("RENOS_DATA_DIR", ".renos"), "mailbox")
        .toAbsolutePath()
        .normalize();
  }

  static class MailboxWanted implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      Environment environment = context.getEnvironment();
      if (!environment.getProperty("renos.mailbox.enabled", Boolean.class, true)) {
        return false;
      }
      String configured = environment.getProperty(DIR);
      return (configured != null && !configured.isBlank())
          || Files.isDirectory(directory(environment));
    }
  }
}
