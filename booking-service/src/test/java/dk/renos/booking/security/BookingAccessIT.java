package dk.renos.booking.security;

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
 * booking-service trusts only the gateway's tokens and applies its own route rules: a call without
 * a valid token is 401, a role the rules do not name is 403, and every route answers as
 * docs/security/routes/booking-service.tsv records.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class BookingAccessIT {

  @LocalServerPort int port;

  @Autowired ApplicationContext context;

  @Test
  void withoutAValidGatewayTokenTheApiIs401() {
    ServiceHttp.on(port).assertRefusesMissingAndBadTokens("/api/bookings");
  }

  @Test
  void rolesTheRulesDoNotNameAre403() {
    ServiceHttp.on(port).assertForbidden("/api/bookings", Role.CLEANER, Role.SERVICE);
    ServiceHttp.on(port)
        .assertForbidden(
            "/api/admin/dead-letters/booking-service", Role.STAFF, Role.CLEANER, Role.SERVICE);
    assertThat(
            ServiceHttp.on(port)
                .as(Role.OWNER)
                .get("/api/admin/dead-letters/booking-service")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void servicesMayAskForFreeSlotsButNothingElse() {
    assertThat(
            ServiceHttp.on(port)
                .as(Role.SERVICE)
                .get("/api/bookings/slots?minutes=120")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            ServiceHttp.on(port).as(Role.STAFF).get("/api/bookings/slots?minutes=120").statusCode())
        .isEqualTo(200);
    ServiceHttp.on(port).assertForbidden("/api/bookings/slots?minutes=120", Role.CLEANER);
  }

  @Test
  void everyRouteAnswersEachRoleAsTheRecordedTableSays() {
    RouteMatrix.assertMatchesRecord("booking-service", context, port);
  }
}
