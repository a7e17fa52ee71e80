package dk.renos.chat;

import dk.renos.testsupport.MutableClock;
import dk.renos.testsupport.WithRealInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The one application context every {@code *IT} of this module shares (so only one Kafka listener
 * of the {@code chat-service} group runs per test JVM): real servers, a random port and a {@link
 * MutableClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
@Import(ChatIntegrationTest.FixedClock.class)
public @interface ChatIntegrationTest {

  /** Monday 2026-03-23 10:00 in Copenhagen (CET) = 09:00Z. */
  Instant MONDAY = Instant.parse("2026-03-23T09:00:00Z");

  @TestConfiguration(proxyBeanMethods = false)
  class FixedClock {

    @Bean
    @Primary
    MutableClock testClock() {
      return new MutableClock(MONDAY);
    }
  }
}
