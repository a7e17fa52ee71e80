package dk.renos.support.messaging.app;

import java.util.UUID;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A minimal service that produces through the outbox and consumes idempotently, for MessagingIT.
 * Run as its own process (main), it can sign one customer up at start and say so on stdout, so a
 * test can kill it right after the commit.
 */
@SpringBootApplication
public class MessagingTestApplication {

  public static void main(String[] args) {
    SpringApplication.run(MessagingTestApplication.class, args);
  }

  @Bean
  @ConditionalOnProperty("renos.test.signup")
  ApplicationRunner signUpOnStart(Signups signups, Environment environment) {
    return args -> {
      UUID id = UUID.fromString(environment.getRequiredProperty("renos.test.signup"));
      signups.signUp(id, "Crash Test", false);
      System.out.println("COMMITTED " + id);
      System.out.flush();
    };
  }
}
