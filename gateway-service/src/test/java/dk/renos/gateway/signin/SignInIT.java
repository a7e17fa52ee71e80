package dk.renos.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dk.renos.gateway.Browser;
import dk.renos.gateway.FakeService;
import dk.renos.gateway.staff.PasswordHashing;
import dk.renos.gateway.staff.StaffRole;
import dk.renos.gateway.staff.StaffUserRepository;
import dk.renos.testsupport.WithRealInfrastructure;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in at the gateway against real PostgreSQL (users) and Redis (sessions, lockout): password,
 * session cookie, me, logout (here and everywhere), password change and policy, the owner's reset,
 * lockout per account and per client address with backoff, CSRF, and the user's signed token
 * reaching the service.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "RENOS_ADMIN_PASSWORD=" + SignInIT.OWNER_PASSWORD,
      "RENOS_SIGNIN_ACCOUNT_ATTEMPTS=3",
      "RENOS_SIGNIN_IP_ATTEMPTS=8",
      "RENOS_SIGNIN_LOCK_BASE=2s",
      "RENOS_SIGNIN_LOCK_CAP=4s"
    })
@WithRealInfrastructure
class SignInIT {

  static final String OWNER_PASSWORD = "owner-password-for-tests";
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final FakeService leadService = FakeService.start();

  @DynamicPropertySource
  static void downstreams(DynamicPropertyRegistry registry) {
    registry.add("RENOS_LEAD_URL", leadService::url);
  }

  @AfterAll
  static void stop() {
    leadService.close();
  }

  @LocalServerPort int port;
  @Autowired StaffUserRepository users;
  @Autowired PasswordEncoder encoder;
  @Autowired ReactiveStringRedisTemplate redis;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void forgetFailedSignIns() {
    redis.keys(LoginThrottle.PREFIX + "*").flatMap(redis::delete).blockLast();
  }

  String newStaff(String password) {
    String name = "staff-" + UUID.randomUUID().toString().substring(0, 8);
    users.upsert(name, encoder.encode(password), StaffRole.STAFF);
    return name;
  }

  @Test
  void aCorrectPasswordStartsASessionInAnHttpOnlySameSiteCookie() {
    String user = newStaff("a long enough password 1");
    Browser browser = Browser.on(port);

    HttpResponse<String> login = browser.login(user, "a long enough password 1");

    assertThat(login.statusCode()).as(login.body()).isEqualTo(204);
    String cookie = browser.lastSetCookie("RENOS_SESSION");
    assertThat(cookie)
        .isNotNull()
        .containsIgnoringCase("HttpOnly")
        .contains("SameSite=Lax")
        .contains("Path=/");
    assertThat(cookie).as("no TLS here: not Secure").doesNotContain("Secure");
    assertThat(redis.keys("renos:session:sessions:*").collectList().block())
        .as("the session lives in Redis")
        .isNotEmpty();
    Map<String, Object> me = json(browser.get("/api/auth/me"));
    assertThat(me)
        .containsEntry("username", user)
        .containsEntry("displayName", user)
        .containsEntry("role", "STAFF")
        .containsEntry("team", null)
        .containsEntry("authenticatedBy", "PASSWORD");
  }

  @Test
  void theSessionIdChangesAtSignIn() {
    String user = newStaff("a long enough password 2");
    Browser browser = Browser.on(port);
    browser.get("/api/auth/me");
    browser.login(user, "wrong password here");
    String before = browser.cookie("RENOS_SESSION");

    browser.login(user, "a long enough password 2");

    assertThat(browser.cookie("RENOS_SESSION")).isNotNull().isNotEqualTo(before);
  }

  @Test
  void notSignedInMeIs401ProblemAndTheCsrfCookieIsIssuedReadableByTheApp() {
    Browser browser = Browser.on(port);

    HttpResponse<String> me = browser.get("/api/auth/me");

    assertProblem(me, 401);
    String csrf = browser.lastSetCookie("XSRF-TOKEN");
    assertThat(csrf).as("the SPA's first call gets the CSRF cookie").isNotNull();
    assertThat(csrf).doesNotContainIgnoringCase("HttpOnly").contains("SameSite=Lax");
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
    String user = newStaff("a long enough password 3");

    HttpResponse<String> wrong = Browser.on(port).login(user, "not the password at all");
    HttpResponse<String> unknown = Browser.on(port).login("nobody-" + UUID.randomUUID(), "x");

    assertProblem(wrong, 401);
    assertProblem(unknown, 401);
    assertThat(json(wrong).get("detail")).isEqualTo(json(unknown).get("detail"));
    assertThat(wrong.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("RENOS_SESSION");
  }

  @Test
  void anAccountIsLockedAfterItsFreeAttemptsWithABackoffThatDoublesAndAResetOnSuccess()
      throws Exception {
    String user = newStaff("the right password 4");
    Browser browser = Browser.on(port);
    for (int i = 0; i < 3; i++) {
      assertProblem(browser.login(user, "wrong " + i), 401);
    }
    assertProblem(browser.login(user, "wrong 3"), 401); // the 4th: locks for 2 s

    HttpResponse<String> locked = browser.login(user, "the right password 4");
    assertProblem(locked, 429);
    assertThat(locked.headers().firstValue("Retry-After"))
        .hasValueSatisfying(value -> assertThat(Integer.parseInt(value)).isBetween(1, 2));
    assertThat(Browser.from("127.0.0.5", port).login(user, "the right password 4").statusCode())
        .as("the account is locked, from any address")
        .isEqualTo(429);

    Thread.sleep(2_200);
    assertProblem(browser.login(user, "wrong again"), 401); // the 5th: locks for 4 s (doubled)
    HttpResponse<String> longer = browser.login(user, "the right password 4");
    assertProblem(longer, 429);
    assertThat(Integer.parseInt(longer.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(3, 4);

    Thread.sleep(4_200);
    assertThat(browser.login(user, "the right password 4").statusCode()).isEqualTo(204);
    assertProblem(browser.login(user, "wrong after success"), 401);
    assertThat(browser.login(user, "the right password 4").statusCode())
        .as("a success starts the account afresh")
        .isEqualTo(204);
  }

  @Test
  void oneClientAddressGuessingManyAccountsIsLockedWhileOthersStillSignIn() {
    String victim = newStaff("victim password 12345");
    Browser attacker = Browser.from("127.0.0.2", port);
    for (int i = 0; i < 9; i++) {
      attacker.login("guess-" + i + "-" + UUID.randomUUID(), "password " + i);
    }

    assertProblem(attacker.login(victim, "victim password 12345"), 429);
    assertThat(Browser.from("127.0.0.3", port).login(victim, "victim password 12345").statusCode())
        .as("another address is not locked")
        .isEqualTo(204);
  }

  @Test
  void logoutEndsThisSession() {
    String user = newStaff("a long enough password 5");
    Browser browser = Browser.on(port);
    browser.login(user, "a long enough password 5");
    String session = browser.cookie("RENOS_SESSION");

    assertThat(browser.post("/api/auth/logout").statusCode()).isEqualTo(204);

    Browser replay = Browser.on(port);
    assertProblem(replayWithCookie(replay, session), 401);
  }

  @Test
  void logoutEverywhereEndsTheUsersOtherSessionsToo() {
    String user = newStaff("a long enough password 6");
    Browser laptop = Browser.on(port);
    Browser phone = Browser.on(port);
    laptop.login(user, "a long enough password 6");
    phone.login(user, "a long enough password 6");
    Browser someoneElse = Browser.on(port);
    String other = newStaff("a long enough password 7");
    someoneElse.login(other, "a long enough password 7");
    assertThat(phone.get("/api/auth/me").statusCode()).isEqualTo(200);

    assertThat(laptop.post("/api/auth/logout-everywhere").statusCode()).isEqualTo(204);

    assertProblem(phone.get("/api/auth/me"), 401);
    assertProblem(laptop.get("/api/auth/me"), 401);
    assertThat(someoneElse.get("/api/auth/me").statusCode())
        .as("another user's session is untouched")
        .isEqualTo(200);
  }

  @Test
  void aStateChangeWithTheSessionCookieNeedsTheCsrfHeader() {
    String user = newStaff("a long enough password 8");
    Browser browser = Browser.on(port);
    browser.login(user, "a long enough password 8");

    Browser forged = browser.withoutCsrfHeader();
    HttpResponse<String> refused = forged.post("/api/auth/logout");

    assertProblem(refused, 403);
    assertThat(json(refused).get("detail").toString()).contains("X-XSRF-TOKEN");
    assertThat(browser.get("/api/auth/me").statusCode()).as("still signed in").isEqualTo(200);
  }

  @Test
  void theCsrfHeaderMustMatchTheCookie() {
    String user = newStaff("a long enough password 9");
    Browser browser = Browser.on(port);
    browser.login(user, "a long enough password 9");
    HttpResponse<String> wrong =
        replayPost(browser, "/api/auth/logout", "X-XSRF-TOKEN", "not-the-token");
    assertProblem(wrong, 403);
    assertThat(browser.post("/api/auth/logout").statusCode()).isEqualTo(204);
  }

  @Test
  void aPasswordChangeChecksTheCurrentOneAndThePolicyFieldByField() {
    String user = newStaff("the first password 10");
    Browser browser = Browser.on(port);
    browser.login(user, "the first password 10");

    HttpResponse<String> wrongCurrent =
        browser.postJson(
            "/api/auth/password",
            "{\"currentPassword\":\"nope\",\"newPassword\":\"a brand new password\"}");
    assertProblem(wrongCurrent, 400);
    assertThat(fields(wrongCurrent)).containsExactly("currentPassword");

    HttpResponse<String> weak =
        browser.postJson(
            "/api/auth/password",
            "{\"currentPassword\":\"the first password 10\",\"newPassword\":\"short\"}");
    assertProblem(weak, 400);
    assertThat(weak.body()).contains("newPassword").contains("at least 12");
    HttpResponse<String> common =
        browser.postJson(
            "/api/auth/password",
            "{\"currentPassword\":\"the first password 10\",\"newPassword\":\"Password1234\"}");
    assertThat(common.body()).contains("commonly used");
    HttpResponse<String> own =
        browser.postJson(
            "/api/auth/password",
            "{\"currentPassword\":\"the first password 10\",\"newPassword\":\"" + user + "\"}");
    assertThat(own.body()).contains("user name");
  }

  @Test
  void aChangedPasswordWorksTheOldOneNotAndTheUsersOtherSessionsEnd() {
    String user = newStaff("the first password 11");
    Browser browser = Browser.on(port);
    Browser other = Browser.on(port);
    browser.login(user, "the first password 11");
    other.login(user, "the first password 11");

    HttpResponse<String> changed =
        browser.postJson(
            "/api/auth/password",
            "{\"currentPassword\":\"the first password 11\",\"newPassword\":\"the second password 11\"}");

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    assertThat(browser.get("/api/auth/me").statusCode()).as("this session stays").isEqualTo(200);
    assertProblem(other.get("/api/auth/me"), 401);
    assertProblem(Browser.on(port).login(user, "the first password 11"), 401);
    assertThat(Browser.on(port).login(user, "the second password 11").statusCode()).isEqualTo(204);
  }

  @Test
  void anOldBcryptHashStillSignsInAndIsReplacedByArgon2() {
    String name = "legacy-" + UUID.randomUUID().toString().substring(0, 8);
    users.upsert(
        name, new BCryptPasswordEncoder(10).encode("legacy password 123"), StaffRole.STAFF);

    assertThat(Browser.on(port).login(name, "legacy password 123").statusCode()).isEqualTo(204);

    String hash =
        jdbc.sql("SELECT password_hash FROM gateway.staff_user WHERE username = :u")
            .param("u", name)
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{" + PasswordHashing.CURRENT + "}$argon2id$");
    assertThat(Browser.on(port).login(name, "legacy password 123").statusCode()).isEqualTo(204);
  }

  @Test
  void theServiceGetsTheSessionUsersSignedTokenAndNeverTheCookie() throws Exception {
    String user = newStaff("a long enough password 12");
    Browser browser = Browser.on(port);
    browser.login(user, "a long enough password 12");

    assertThat(browser.get("/api/leads/1").statusCode()).isEqualTo(200);

    FakeService.Received received = leadService.last();
    assertThat(received.cookie()).isNull();
    var claims = SignedJWT.parse(received.authorization().substring(7)).getJWTClaimsSet();
    assertThat(claims.getSubject()).isEqualTo(user);
    assertThat(claims.getStringListClaim("roles")).containsExactly("STAFF");
    assertThat(claims.getStringListClaim("amr")).containsExactly("PASSWORD");
  }

  @Test
  void aDisabledUsersSessionEndsAndARoleChangeReachesTheNextToken() throws Exception {
    String user = newStaff("a long enough password 13");
    Browser browser = Browser.on(port);
    browser.login(user, "a long enough password 13");
    long id = users.findByUsername(user).orElseThrow().id();

    users.update(id, null, StaffRole.CLEANER, "team-7", true);
    browser.get("/api/bookings/1");
    assertProblem(browser.get("/api/leads"), 403);

    users.update(id, null, StaffRole.CLEANER, "team-7", false);
    assertProblem(browser.get("/api/auth/me"), 401);
  }

  private HttpResponse<String> replayWithCookie(Browser browser, String session) {
    return replay(browser, session);
  }

  private HttpResponse<String> replay(Browser unused, String session) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create("http://localhost:" + port + "/api/auth/me"))
                  .header("Cookie", "RENOS_SESSION=" + session)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> replayPost(
      Browser browser, String path, String header, String value) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create("http://localhost:" + port + path))
                  .header(
                      "Cookie",
                      "RENOS_SESSION="
                          + browser.cookie("RENOS_SESSION")
                          + "; XSRF-TOKEN="
                          + browser.cookie("XSRF-TOKEN"))
                  .header(header, value)
                  .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> json(HttpResponse<String> response) {
    return JSON.readValue(response.body(), new TypeReference<>() {});
  }

  @SuppressWarnings("unchecked")
  static java.util.List<String> fields(HttpResponse<String> response) {
    return ((java.util.List<Map<String, Object>>) json(response).get("errors"))
        .stream().map(e -> (String) e.get("field")).distinct().toList();
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(json(response)).containsEntry("status", status);
  }
}
