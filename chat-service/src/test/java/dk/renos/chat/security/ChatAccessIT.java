package dk.renos.chat.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.testsupport.Role;
import dk.renos.testsupport.RouteMatrix;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * chat-service trusts only the gateway's tokens and applies its own route rules: a call without a
 * valid token is 401, a role the rules do not name is 403, and every route answers as
 * docs/security/routes/chat-service.tsv records.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class ChatAccessIT {

  @LocalServerPort int port;

  @Autowired ApplicationContext context;

  @Test
  void withoutAValidGatewayTokenTheApiIs401() {
    ServiceHttp.on(port).assertRefusesMissingAndBadTokens("/api/chat/conversations");
  }

  @Test
  void rolesTheRulesDoNotNameAre403() {
    ServiceHttp.on(port).assertForbidden("/api/chat/conversations", Role.CLEANER, Role.SERVICE);
    ServiceHttp.on(port)
        .assertForbidden(
            "/api/admin/dead-letters/chat-service", Role.STAFF, Role.CLEANER, Role.SERVICE);
    assertThat(
            ServiceHttp.on(port)
                .as(Role.OWNER)
                .get("/api/admin/dead-letters/chat-service")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void everyRouteAnswersEachRoleAsTheRecordedTableSays() {
    RouteMatrix.assertMatchesRecord("chat-service", context, port);
  }
}
