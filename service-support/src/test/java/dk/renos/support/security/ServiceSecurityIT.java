package dk.renos.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.support.security.app.SecurityTestApplication;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.TestTokens;
import dk.renos.testsupport.WithRealInfrastructure;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resource-server side of the trust boundary, on a small real service: only the gateway's valid
 * tokens get in, the route rules decide by role, controllers learn the user from the token, and a
 * call to another service carries the user's token or, with no user, the service's own.
 */
@SpringBootTest(
    classes = SecurityTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.application.name=security-test-service",
      "renos.service.schema=security_test",
      "spring.flyway.locations=classpath:db/renos-messaging"
    })
@WithRealInfrastructure
class ServiceSecurityIT {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  @Test
  void withoutAValidGatewayTokenEveryApiRouteIs401Problem() {
    ServiceHttp.on(port).assertRefusesMissingAndBadTokens("/api/whoami");
    ServiceHttp.on(port).assertRefusesMissingAndBadTokens("/api/admin/dead-letters/x");
  }

  @Test
  void healthInfoPrometheusAndTheOpenApiDocumentNeedNoToken() {
    ServiceHttp anonymous = ServiceHttp.on(port);
    assertThat(anonymous.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/actuator/prometheus").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/actuator/info").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/v3/api-docs").statusCode())
        .as("no springdoc here: not found, but not refused")
        .isNotIn(401, 403);
  }

  @Test
  void aRoleTheRulesDoNotNameIs403ProblemAndTheOwnerMayDoEverything() {
    ServiceHttp http = ServiceHttp.on(port);
    http.assertForbidden("/api/whoami", Role.SERVICE);
    http.assertForbidden("/api/slots", Role.CLEANER);
    http.assertForbidden("/api/admin/dead-letters/security-test-service", Role.STAFF, Role.CLEANER);
    assertThat(http.as(Role.OWNER).get("/api/whoami").statusCode()).isEqualTo(200);
    assertThat(http.as(Role.OWNER).get("/api/slots").statusCode()).isEqualTo(200);
    http.assertForbidden("/api/not-in-the-table", Role.STAFF);
    assertThat(http.as(Role.OWNER).get("/api/not-in-the-table").statusCode())
        .as("a route no rule names is the owner's")
        .isEqualTo(404);
  }

  @Test
  void controllersLearnTheUserFromTheVerifiedToken() {
    JsonNode me = ServiceHttp.on(port).as("anna", Role.CLEANER, "team-2").getJson("/api/whoami");

    assertThat(me.at("/username").asString()).isEqualTo("anna");
    assertThat(me.at("/roles/0").asString()).isEqualTo("CLEANER");
    assertThat(me.at("/team").asString()).isEqualTo("team-2");
    assertThat(me.at("/requestId").asString()).hasSize(36);
  }

  @Test
  void aCallInsideARequestCarriesTheUsersOwnTokenToTheOtherService() {
    JsonNode seen = ServiceHttp.on(port).as("mette", Role.STAFF, null).getJson("/api/relay/whoami");

    assertThat(seen.at("/username").asString()).isEqualTo("mette");
    assertThat(seen.at("/roles/0").asString()).isEqualTo("STAFF");
  }

  @Test
  void aCallWithNoUserBehindItGetsAServiceTokenFromTheGatewayAndIsAcceptedOnlyWhereServicesMay() {
    int issuedBefore = TestTokens.serviceTokensIssued();

    HttpResponse<String> slots = ServiceHttp.on(port).as(Role.STAFF).post("/api/background/slots");
    assertThat(slots.statusCode()).as(slots.body()).isEqualTo(200);
    JsonNode seen = JSON.readTree(slots.body());
    assertThat(seen.at("/username").asString()).isEqualTo("security-test-service");
    assertThat(seen.at("/roles/0").asString()).isEqualTo("SERVICE");

    HttpResponse<String> whoami =
        ServiceHttp.on(port).as(Role.STAFF).post("/api/background/whoami");
    assertThat(JSON.readTree(whoami.body()).at("/status").asInt())
        .as("a service token on a route not open to services")
        .isEqualTo(403);
    assertThat(TestTokens.serviceTokensIssued() - issuedBefore)
        .as("the service token is fetched once and reused while it is valid")
        .isEqualTo(1);
  }
}
