package dk.renos.email.security;

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
 * email-ingest-service trusts only the gateway's tokens and applies its own route rules: a call
 * without a valid token is 401, a role the rules do not name is 403, and every route answers as
 * docs/security/routes/email-ingest-service.tsv records.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class EmailIngestAccessIT {

  @LocalServerPort int port;

  @Autowired ApplicationContext context;

  @Test
  void withoutAValidGatewayTokenTheApiIs401() {
    ServiceHttp.on(port).assertRefusesMissingAndBadTokens("/api/emails/threads");
  }

  @Test
  void rolesTheRulesDoNotNameAre403() {
    ServiceHttp.on(port).assertForbidden("/api/emails/threads", Role.CLEANER, Role.SERVICE);
    ServiceHttp.on(port)
        .assertForbidden(
            "/api/admin/dead-letters/email-ingest-service", Role.STAFF, Role.CLEANER, Role.SERVICE);
    assertThat(
            ServiceHttp.on(port)
                .as(Role.OWNER)
                .get("/api/admin/dead-letters/email-ingest-service")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void mailboxConnectionsAndReconciliationRunsAreTheOwners() {
    ServiceHttp.on(port).assertForbidden("/api/emails/connections", Role.STAFF, Role.CLEANER);
    assertThat(ServiceHttp.on(port).as(Role.STAFF).post("/api/emails/reconciliation").statusCode())
        .isEqualTo(403);
    assertThat(ServiceHttp.on(port).as(Role.OWNER).get("/api/emails/connections").statusCode())
        .isEqualTo(200);
    assertThat(ServiceHttp.on(port).as(Role.STAFF).get("/api/emails/reconciliation").statusCode())
        .as("reading the latest report is for staff too")
        .isEqualTo(200);
  }

  @Test
  void everyRouteAnswersEachRoleAsTheRecordedTableSays() {
    RouteMatrix.assertMatchesRecord("email-ingest-service", context, port);
  }
}
