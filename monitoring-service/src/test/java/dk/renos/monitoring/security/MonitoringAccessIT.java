package dk.renos.monitoring.security;

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
 * monitoring-service trusts only the gateway's tokens and applies its own route rules: a call
 * without a valid token is 401, a role the rules do not name is 403, and every route answers as
 * docs/security/routes/monitoring-service.tsv records.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class MonitoringAccessIT {

  @LocalServerPort int port;

  @Autowired ApplicationContext context;

  @Test
  void withoutAValidGatewayTokenTheApiIs401() {
    ServiceHttp.on(port).assertRefusesMissingAndBadTokens("/api/monitoring/services");
  }

  @Test
  void rolesTheRulesDoNotNameAre403() {
    ServiceHttp.on(port).assertForbidden("/api/monitoring/services", Role.CLEANER, Role.SERVICE);
    // OWNER may read what STAFF may (the rules add OWNER to every route).
    assertThat(ServiceHttp.on(port).as(Role.OWNER).get("/api/monitoring/services").statusCode())
        .isEqualTo(200);
  }

  @Test
  void everyRouteAnswersEachRoleAsTheRecordedTableSays() {
    RouteMatrix.assertMatchesRecord("monitoring-service", context, port);
  }
}
