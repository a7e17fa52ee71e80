package dk.renos.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.renos.gateway.FakeService;
import dk.renos.gateway.GatewayIT;
import dk.renos.gateway.staff.StaffRole;
import dk.renos.gateway.staff.StaffUserRepository;
import dk.renos.testsupport.WithRealInfrastructure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The staff web app in a real browser: this gateway (random port, real PostgreSQL and Redis,
 * serving the built app from the staff-web jar) and Debian's chromium driven by Playwright, whose
 * specs live in {@code web/e2e} and run as a {@code node} process. The services behind the gateway
 * are one stand-in that answers the lead list (and one for quote-service, whose quote changes);
 * sign-in, sessions, CSRF and password change are the gateway's own. Screenshots and traces of
 * failing specs go to {@code target/e2e}.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"RENOS_BOOTSTRAP_API_TOKEN=" + GatewayIT.OWNER_TOKEN})
@WithRealInfrastructure
class StaffWebAppBrowserIT {

  static final Path WEB = Path.of(System.getProperty("user.dir")).resolveSibling("web");
  static final Path PLAYWRIGHT = WEB.resolve("node_modules/@playwright/test/cli.js");
  static final Path OUTPUT = Path.of(System.getProperty("user.dir"), "target", "e2e");
  static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("RENOS_CHROMIUM", "/usr/bin/chromium"));
  static final long TIMEOUT_MINUTES = 4;
  // How many tests web/e2e holds: a spec skipped or filtered out by mistake fails this IT.
  static final int SPECS = 5;

  // Generated per run, like an installation's owner password: nothing of it is in the specs.
  static final String OWNER = "e2e-owner-" + UUID.randomUUID().toString().substring(0, 8);
  static final String OWNER_PASSWORD = "e2e " + UUID.randomUUID();
  static final String LEAD_SUMMARY = "Flytterengøring af 3-værelses lejlighed, 78 m²";
  static final String EMPTY_PAGE =
      """
      {"content": [], "page": {"size": 100, "number": 0, "totalElements": 0, "totalPages": 0}}""";
  // One stand-in for every service: what I dag and Leads read, shaped as the OpenAPI documents say.
  static final FakeService services =
      FakeService.start()
          .answer(
              "/api/leads",
              """
              {"content": [{
                "id": "11111111-0000-4000-8000-00000000e2e1",
                "source": "WEBSITE", "status": "NEW", "serviceType": "MOVE_OUT",
                "areaSqm": 78, "addOns": [], "extras": [],
                "summary": "%s",
                "receivedAt": "2026-03-24T07:15:00Z", "createdAt": "2026-03-24T07:15:02Z"}],
               "page": {"size": 20, "number": 0, "totalElements": 1, "totalPages": 1}}
              """
                  .formatted(LEAD_SUMMARY))
          .answer("/api/bookings", EMPTY_PAGE)
          .answer(
              "/api/monitoring/services",
              """
              [{"name": "lead-service", "status": "UP"},
               {"name": "booking-service", "status": "DOWN", "detail": "connection refused"}]""")
          .answer(
              "/api/emails/sync",
              """
              {"circuitBreaker": "CLOSED", "mailboxes": []}""");

  // quote-service has state of its own: the approval flow changes a quote and reads it back.
  static final QuoteServiceStandIn quotes = QuoteServiceStandIn.start();

  @DynamicPropertySource
  static void gateway(DynamicPropertyRegistry registry) {
    registry.add("RENOS_ADMIN_USER", () -> OWNER);
    registry.add("RENOS_ADMIN_PASSWORD", () -> OWNER_PASSWORD);
    for (String service : List.of("EMAIL_INGEST", "LEAD", "BOOKING", "CHAT", "MONITORING")) {
      registry.add("RENOS_" + service + "_URL", services::url);
    }
    registry.add("RENOS_QUOTE_URL", quotes::url);
  }

  @AfterAll
  static void stop() {
    services.close();
    quotes.close();
  }

  @LocalServerPort int port;
  @Autowired StaffUserRepository users;
  @Autowired PasswordEncoder encoder;
  @Autowired ReactiveStringRedisTemplate redis;

  @BeforeEach
  void forgetFailedSignInsOfOtherTests() {
    // LoginThrottle's keys: other ITs' wrong passwords from 127.0.0.1 must not lock this browser
    // out.
    redis.keys("renos:sign-in:*").flatMap(redis::delete).blockLast();
  }

  @Test
  void signInTodayLeadsPasswordChangeAndResetWorkInChromiumWithoutSeriousAccessibilityViolations()
      throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "Browser tests skipped: no chromium at "
            + CHROMIUM
            + " (apt-get install chromium, or set RENOS_CHROMIUM to its path)");
    assertThat(PLAYWRIGHT)
        .as("Playwright is installed by the web module's build (npm ci in web/); build web first")
        .exists();
    String staff = "e2e-staff-" + UUID.randomUUID().toString().substring(0, 8);
    String staffPassword = "e2e staff " + UUID.randomUUID();
    users.upsert(staff, encoder.encode(staffPassword), StaffRole.STAFF);
    // As after an owner's reset: a one-time password that only lets the user change it.
    String reset = "e2e-reset-" + UUID.randomUUID().toString().substring(0, 8);
    String oneTimePassword = "e2e one-time " + UUID.randomUUID();
    users.upsert(reset, encoder.encode(oneTimePassword), StaffRole.STAFF);
    users.setPassword(
        users.findByUsername(reset).orElseThrow().id(), encoder.encode(oneTimePassword), true);

    Files.createDirectories(OUTPUT);
    Path log = OUTPUT.resolve("playwright.log");
    ProcessBuilder playwright =
        new ProcessBuilder("node", PLAYWRIGHT.toString(), "test")
            .directory(WEB.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = playwright.environment();
    env.put("RENOS_E2E_BASE_URL", "http://127.0.0.1:" + port);
    env.put("RENOS_E2E_OUTPUT", OUTPUT.resolve("results").toString());
    env.put("RENOS_CHROMIUM", CHROMIUM.toString());
    env.put("RENOS_E2E_OWNER_USER", OWNER);
    env.put("RENOS_E2E_OWNER_PASSWORD", OWNER_PASSWORD);
    env.put("RENOS_E2E_STAFF_USER", staff);
    env.put("RENOS_E2E_STAFF_PASSWORD", staffPassword);
    env.put("RENOS_E2E_RESET_USER", reset);
    env.put("RENOS_E2E_RESET_PASSWORD", oneTimePassword);
    env.put("RENOS_E2E_LEAD_SUMMARY", LEAD_SUMMARY);
    env.put("CI", "true");
    Process process = playwright.start();
    boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    if (!finished) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
    String output = read(log);
    System.out.println(output);

    assertThat(finished)
        .as("Playwright finished within %d minutes:%n%s", TIMEOUT_MINUTES, output)
        .isTrue();
    assertThat(process.exitValue()).as("Playwright's specs in web/e2e:%n%s", output).isZero();
    assertThat(output).as("every spec ran").contains(SPECS + " passed");
    assertThat(services.received())
        .as("the leads list came from the service behind the gateway, with the user's token")
        .anySatisfy(
            request -> {
              assertThat(request.path()).isEqualTo("/api/leads");
              assertThat(request.authorization()).startsWith("Bearer ");
            });
    assertThat(
            quotes.received().stream()
                .filter(request -> !request.method().equals("GET"))
                .map(request -> request.method() + " " + request.path()))
        .as("the approval screen's changes reached quote-service once each, past the CSRF check")
        .containsExactly(
            "PATCH /api/quotes/" + QuoteServiceStandIn.QUOTE_ID,
            "POST /api/quotes/" + QuoteServiceStandIn.QUOTE_ID + "/approve");
    assertThat(quotes.received())
        .filteredOn(request -> request.method().equals("PATCH"))
        .singleElement()
        .satisfies(
            patch -> {
              assertThat(patch.authorization()).startsWith("Bearer ");
              assertThat(patch.body())
                  .contains("\"hours\":4")
                  .doesNotContain("persons\":2,\"hours\":3");
            });
  }

  private static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
  }
}
