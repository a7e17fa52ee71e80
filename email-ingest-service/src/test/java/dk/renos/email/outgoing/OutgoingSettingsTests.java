package dk.renos.email.outgoing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutgoingSettingsTests {

  @Test
  void sendingIsOffUnlessSwitchedOn() {
    OutgoingSettings defaults = new OutgoingSettings(null, null, null, null, null, null);

    assertThat(defaults.enabled()).isFalse();
    assertThat(defaults.pollInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(defaults.maxAttempts()).isEqualTo(10);
  }

  @Test
  void retriesBackOffExponentiallyUpToTheCap() {
    OutgoingSettings settings =
        new OutgoingSettings(true, null, 10, Duration.ofSeconds(30), Duration.ofMinutes(5), null);

    assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.backoffAfter(60)).isEqualTo(Duration.ofMinutes(5));
  }
}
