package dk.renos.support.time;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The one source of "now" in every service: a UTC {@link Clock} bean. Code takes the clock by
 * injection and never calls {@code Instant.now()} or {@code Clock.systemUTC()} itself, so a test
 * sets the time by declaring its own {@code Clock} bean (this one then backs off). Times are stored
 * in UTC; business rules convert to Europe/Copenhagen themselves.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }
}
