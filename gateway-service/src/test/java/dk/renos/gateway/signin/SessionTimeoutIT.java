package dk.renos.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.gateway.Browser;
import dk.renos.gateway.staff.StaffRole;
import dk.renos.gateway.staff.StaffUserRepository;
import dk.renos.testsupport.WithRealInfrastructure;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A session ends when unused for the idle timeout, and at the absolute timeout however busy it is;
 * both set short here (3 s idle, 6 s absolute), with margins for a slow machine.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"RENOS_SESSION_IDLE_TIMEOUT=3s", "RENOS_SESSION_ABSOLUTE_TIMEOUT=6s"})
@WithRealInfrastructure
class SessionTimeoutIT {

  @LocalServerPort int port;
  @Autowired StaffUserRepository users;
  @Autowired PasswordEncoder encoder;

  String signedIn(Browser browser) {
    String name = "timeout-" + UUID.randomUUID().toString().substring(0, 8);
    users.upsert(name, encoder.encode("timeout test password"), StaffRole.STAFF);
    assertThat(browser.login(name, "timeout test password").statusCode()).isEqualTo(204);
    return name;
  }

  @Test
  void anUnusedSessionEndsAfterTheIdleTimeout() throws Exception {
    Browser browser = Browser.on(port);
    signedIn(browser);
    assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(200);

    Thread.sleep(5_000);

    assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(401);
  }

  @Test
  void aBusySessionStillEndsAtTheAbsoluteTimeout() throws Exception {
    Browser browser = Browser.on(port);
    signedIn(browser);
    long signedInAt = System.nanoTime();
    // Used every second: the idle timeout never strikes.
    while (System.nanoTime() - signedInAt < 4_000_000_000L) {
      assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(200);
      Thread.sleep(1_000);
    }
    while (System.nanoTime() - signedInAt < 7_500_000_000L) {
      browser.get("/api/auth/me");
      Thread.sleep(1_000);
    }

    assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(401);
  }
}
