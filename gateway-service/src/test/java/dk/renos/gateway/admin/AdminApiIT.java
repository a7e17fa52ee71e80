package dk.renos.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dk.renos.gateway.Browser;
import dk.renos.gateway.FakeService;
import dk.renos.testsupport.WithRealInfrastructure;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The owner's administration through the gateway against real PostgreSQL and Redis: staff users
 * (create, policy, roles and teams, disable, reset) and API tokens (shown once, stored hashed,
 * scoped, expiring, revocable, last use recorded).
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "RENOS_ADMIN_PASSWORD=" + AdminApiIT.OWNER_PASSWORD,
      "RENOS_BOOTSTRAP_API_TOKEN=" + AdminApiIT.OWNER_TOKEN
    })
@WithRealInfrastructure
class AdminApiIT {

  static final String OWNER_PASSWORD = "owner-password-for-admin-tests";
  static final String OWNER_TOKEN = "renos_pat_AdminApiITbootstrapTokenAdminApiITbootstrapTok";
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final FakeService services = FakeService.start();

  @DynamicPropertySource
  static void downstreams(DynamicPropertyRegistry registry) {
    registry.add("RENOS_LEAD_URL", services::url);
    registry.add("RENOS_BOOKING_URL", services::url);
  }

  @AfterAll
  static void stop() {
    services.close();
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Browser owner() {
    return Browser.on(port).withBearer(OWNER_TOKEN);
  }

  String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  Map<String, Object> createUser(String json) {
    HttpResponse<String> created = owner().postJson("/api/admin/users", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created);
  }

  @Test
  void theOwnerAddsStaffWhoSignInWithTheirPassword() {
    String name = unique("mette");
    Map<String, Object> user =
        createUser(
            "{\"username\":\""
                + name
                + "\",\"displayName\":\"Mette H.\",\"role\":\"STAFF\",\"password\":\"mettes own password\"}");

    assertThat(user)
        .containsEntry("username", name)
        .containsEntry("displayName", "Mette H.")
        .containsEntry("role", "STAFF")
        .containsEntry("signIn", "PASSWORD")
        .containsEntry("enabled", true)
        .doesNotContainKey("temporaryPassword")
        .doesNotContainKey("passwordHash");
    Browser mette = Browser.on(port);
    assertThat(mette.login(name, "mettes own password").statusCode()).isEqualTo(204);
    assertThat(json(mette.get("/api/auth/me"))).containsEntry("displayName", "Mette H.");
    assertProblem(mette.get("/api/admin/users"), 403);
    assertThat(json(owner().get("/api/admin/users?size=100")).get("content").toString())
        .contains(name);
  }

  @Test
  void newUsersAreCheckedFieldByField() {
    HttpResponse<String> bad =
        owner()
            .postJson(
                "/api/admin/users",
                "{\"username\":\"x\",\"role\":\"CLEANER\",\"password\":\"short\"}");
    assertProblem(bad, 400);
    assertThat(fields(bad)).containsExactly("password", "team", "username");

    HttpResponse<String> teamForStaff =
        owner()
            .postJson(
                "/api/admin/users",
                "{\"username\":\""
                    + unique("ole")
                    + "\",\"role\":\"STAFF\",\"team\":\"team-1\",\"password\":\"oles long password\"}");
    assertThat(fields(teamForStaff)).containsExactly("team");

    String name = unique("dup");
    createUser(
        "{\"username\":\"" + name + "\",\"role\":\"STAFF\",\"password\":\"a fine password 1\"}");
    HttpResponse<String> duplicate =
        owner()
            .postJson(
                "/api/admin/users",
                "{\"username\":\""
                    + name.toUpperCase()
                    + "\",\"role\":\"STAFF\",\"password\":\"a fine password 2\"}");
    assertProblem(duplicate, 409);
  }

  @Test
  void aCleanerHasATeamThatTheirTokenCarries() throws Exception {
    String name = unique("anna");
    createUser(
        "{\"username\":\""
            + name
            + "\",\"role\":\"CLEANER\",\"team\":\"team-2\",\"password\":\"annas long password\"}");
    Browser anna = Browser.on(port);
    anna.login(name, "annas long password");

    assertThat(anna.get("/api/bookings").statusCode()).isEqualTo(200);
    var claims = SignedJWT.parse(services.last().authorization().substring(7)).getJWTClaimsSet();
    assertThat(claims.getStringListClaim("roles")).containsExactly("CLEANER");
    assertThat(claims.getStringClaim("team")).isEqualTo("team-2");
    assertProblem(anna.get("/api/leads"), 403);
  }

  @Test
  void theOwnerChangesRoleTeamAndNameAndDisablingEndsTheSessions() {
    String name = unique("jens");
    Map<String, Object> user =
        createUser(
            "{\"username\":\""
                + name
                + "\",\"role\":\"STAFF\",\"password\":\"jens long password\"}");
    Browser jens = Browser.on(port);
    jens.login(name, "jens long password");
    String path = "/api/admin/users/" + user.get("id");

    assertThat(fields(owner().patchJson(path, "{\"role\":\"CLEANER\"}"))).containsExactly("team");
    Map<String, Object> cleaner =
        json(
            owner()
                .patchJson(
                    path, "{\"role\":\"CLEANER\",\"team\":\"team-4\",\"displayName\":\"Jens\"}"));
    assertThat(cleaner).containsEntry("role", "CLEANER").containsEntry("team", "team-4");
    assertThat(json(jens.get("/api/auth/me")))
        .containsEntry("role", "CLEANER")
        .containsEntry("team", "team-4");

    assertThat(owner().patchJson(path, "{\"enabled\":false}").statusCode()).isEqualTo(200);
    assertProblem(jens.get("/api/auth/me"), 401);
    assertProblem(Browser.on(port).login(name, "jens long password"), 401);
  }

  @Test
  void theLastEnabledOwnerCanNeitherBeDemotedNorDisabled() {
    List<Map<String, Object>> owners =
        content(owner().get("/api/admin/users?size=100")).stream()
            .filter(u -> "OWNER".equals(u.get("role")) && Boolean.TRUE.equals(u.get("enabled")))
            .toList();
    assertThat(owners).hasSize(1);
    String path = "/api/admin/users/" + owners.get(0).get("id");

    assertProblem(owner().patchJson(path, "{\"role\":\"STAFF\"}"), 409);
    assertProblem(owner().patchJson(path, "{\"enabled\":false}"), 409);
  }

  @Test
  void anOwnersResetGivesAOneTimePasswordThatOnlyLetsTheUserChooseANewOne() {
    String name = unique("lise");
    Map<String, Object> user =
        createUser(
            "{\"username\":\""
                + name
                + "\",\"role\":\"STAFF\",\"password\":\"lises old password\"}");
    Browser before = Browser.on(port);
    before.login(name, "lises old password");

    HttpResponse<String> reset =
        owner().post("/api/admin/users/" + user.get("id") + "/reset-password");
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    String temporary = (String) json(reset).get("temporaryPassword");
    assertThat(temporary).hasSizeGreaterThanOrEqualTo(20);

    assertProblem(before.get("/api/auth/me"), 401);
    assertProblem(Browser.on(port).login(name, "lises old password"), 401);
    Browser lise = Browser.on(port);
    assertThat(lise.login(name, temporary).statusCode()).isEqualTo(204);
    assertThat(json(lise.get("/api/auth/me"))).containsEntry("passwordChangeRequired", true);
    HttpResponse<String> blocked = lise.get("/api/leads");
    assertProblem(blocked, 403);
    assertThat(blocked.body()).contains("Password change required");

    assertThat(
            lise.postJson(
                    "/api/auth/password",
                    "{\"currentPassword\":\""
                        + temporary
                        + "\",\"newPassword\":\"lises new password\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(lise.get("/api/leads").statusCode()).isEqualTo(200);
    assertProblem(Browser.on(port).login(name, temporary), 401);
  }

  @Test
  void aUserWithoutAGivenPasswordGetsAOneTimeOne() {
    String name = unique("kim");
    Map<String, Object> user = createUser("{\"username\":\"" + name + "\",\"role\":\"STAFF\"}");
    String temporary = (String) user.get("temporaryPassword");
    assertThat(temporary).isNotBlank();
    assertThat(user).containsEntry("passwordChangeRequired", true);
    Browser kim = Browser.on(port);
    assertThat(kim.login(name, temporary).statusCode()).isEqualTo(204);
    assertProblem(kim.get("/api/leads"), 403);
  }

  @Test
  void anApiTokenIsShownOnceStoredHashedAndActsWithItsRole() throws Exception {
    HttpResponse<String> created =
        owner()
            .postJson(
                "/api/admin/tokens",
                "{\"name\":\""
                    + unique("reporting")
                    + "\",\"role\":\"STAFF\",\"expiresAt\":\""
                    + Instant.now().plus(30, ChronoUnit.DAYS)
                    + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Map<String, Object> token = json(created);
    String secret = (String) token.get("token");
    assertThat(secret).startsWith("renos_pat_").hasSizeGreaterThanOrEqualTo(10 + 43);

    String stored =
        jdbc.sql("SELECT token_hash FROM gateway.api_token WHERE id = :id")
            .param("id", UUID.fromString((String) token.get("id")))
            .query(String.class)
            .single();
    assertThat(stored).matches("[0-9a-f]{64}").isEqualTo(sha256(secret));
    String listed = owner().get("/api/admin/tokens?size=100").body();
    assertThat(listed)
        .contains((String) token.get("id"))
        .doesNotContain(secret)
        .doesNotContain(stored);

    Browser client = Browser.on(port).withBearer(secret);
    assertThat(client.get("/api/leads").statusCode()).isEqualTo(200);
    var claims = SignedJWT.parse(services.last().authorization().substring(7)).getJWTClaimsSet();
    assertThat(claims.getSubject()).isEqualTo("token:" + token.get("name"));
    assertThat(claims.getStringListClaim("roles")).containsExactly("STAFF");
    assertThat(claims.getStringListClaim("amr")).containsExactly("TOKEN");
    assertProblem(client.get("/api/admin/users"), 403);
    assertThat(client.postJson("/api/leads", "{}").statusCode())
        .as("a token needs no CSRF header")
        .isEqualTo(200);
  }

  @Test
  void anExpiredOrRevokedTokenIs401AtOnce() {
    Map<String, Object> token =
        json(owner().postJson("/api/admin/tokens", tokenJson("STAFF", null)));
    String secret = (String) token.get("token");
    Browser client = Browser.on(port).withBearer(secret);
    assertThat(client.get("/api/leads").statusCode()).isEqualTo(200);

    assertThat(owner().delete("/api/admin/tokens/" + token.get("id")).statusCode()).isEqualTo(204);
    assertProblem(client.get("/api/leads"), 401);
    assertProblem(owner().delete("/api/admin/tokens/" + token.get("id")), 404);

    Map<String, Object> expiring =
        json(owner().postJson("/api/admin/tokens", tokenJson("STAFF", null)));
    Browser other = Browser.on(port).withBearer((String) expiring.get("token"));
    assertThat(other.get("/api/leads").statusCode()).isEqualTo(200);
    jdbc.sql("UPDATE gateway.api_token SET expires_at = :t WHERE id = :id")
        .param("t", Timestamp.from(Instant.now().minusSeconds(1)))
        .param("id", UUID.fromString((String) expiring.get("id")))
        .update();
    assertProblem(other.get("/api/leads"), 401);
  }

  @Test
  void aTokensLastUseIsRecordedAtMostOnceAMinute() {
    Map<String, Object> token =
        json(owner().postJson("/api/admin/tokens", tokenJson("STAFF", null)));
    UUID id = UUID.fromString((String) token.get("id"));
    assertThat(lastUsed(id)).isNull();
    Browser client = Browser.on(port).withBearer((String) token.get("token"));

    client.get("/api/leads");
    Instant first = lastUsed(id);
    client.get("/api/leads");
    client.get("/api/leads");

    assertThat(first)
        .isNotNull()
        .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
    assertThat(lastUsed(id)).as("no write for uses within the minute").isEqualTo(first);
  }

  @Test
  void tokensAreCheckedFieldByFieldAndACleanersNeedsATeam() {
    assertThat(fields(owner().postJson("/api/admin/tokens", "{}")))
        .containsExactly("expiresAt", "name", "role");
    assertThat(fields(owner().postJson("/api/admin/tokens", tokenJson("CLEANER", null))))
        .containsExactly("team");
    assertThat(
            fields(
                owner()
                    .postJson(
                        "/api/admin/tokens",
                        "{\"name\":\"x\",\"role\":\"STAFF\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}")))
        .containsExactly("expiresAt");
    assertThat(owner().postJson("/api/admin/tokens", tokenJson("CLEANER", "team-3")).statusCode())
        .isEqualTo(201);
  }

  @Test
  void anUnknownBearerIs401AndOnlyTheOwnerManagesTokens() {
    assertProblem(Browser.on(port).withBearer("renos_pat_nothing").get("/api/leads"), 401);
    assertProblem(Browser.on(port).withBearer("some.jwt.value").get("/api/leads"), 401);
    String staffToken =
        (String) json(owner().postJson("/api/admin/tokens", tokenJson("STAFF", null))).get("token");
    assertProblem(
        Browser.on(port)
            .withBearer(staffToken)
            .postJson("/api/admin/tokens", tokenJson("OWNER", null)),
        403);
  }

  private String tokenJson(String role, String team) {
    return "{\"name\":\""
        + unique("t")
        + "\",\"role\":\""
        + role
        + "\""
        + (team != null ? ",\"team\":\"" + team + "\"" : "")
        + ",\"expiresAt\":\""
        + Instant.now().plus(1, ChronoUnit.DAYS)
        + "\"}";
  }

  private Instant lastUsed(UUID id) {
    Timestamp value =
        jdbc.sql("SELECT last_used_at FROM gateway.api_token WHERE id = :id")
            .param("id", id)
            .query((row, number) -> row.getTimestamp(1))
            .list()
            .getFirst();
    return value == null ? null : value.toInstant();
  }

  static String sha256(String value) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  static Map<String, Object> json(HttpResponse<String> response) {
    return JSON.readValue(response.body(), new TypeReference<>() {});
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> content(HttpResponse<String> response) {
    return (List<Map<String, Object>>) json(response).get("content");
  }

  @SuppressWarnings("unchecked")
  static List<String> fields(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return ((List<Map<String, Object>>) json(response).get("errors"))
        .stream().map(e -> (String) e.get("field")).distinct().sorted().toList();
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }
}
