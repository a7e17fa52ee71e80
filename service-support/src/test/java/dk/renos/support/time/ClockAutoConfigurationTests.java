package dk.renos.support.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ClockAutoConfigurationTests {

  private static final Instant FIXED = Instant.parse("2026-03-23T07:00:00Z");

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class));

  @Test
  void aServiceGetsOneUtcSystemClock() {
    context.run(
        app -> {
          Clock clock = app.getBean(Clock.class);
          assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
          assertThat(clock.instant()).isBetween(Instant.now().minusSeconds(5), Instant.now());
        });
  }

  @Test
  void aTestsOwnClockReplacesIt() {
    context
        .withUserConfiguration(FixedClock.class)
        .run(
            app -> {
              assertThat(app.getBeansOfType(Clock.class)).hasSize(1);
              assertThat(app.getBean(Clock.class).instant()).isEqualTo(FIXED);
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class FixedClock {

    @Bean
    Clock testClock() {
      return Clock.fixed(FIXED, ZoneOffset.UTC);
    }
  }
}
