package dk.renos.booking;

import dk.renos.testsupport.OpenApiSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The module's shared context; the live /v3/api-docs against docs/openapi. */
@BookingIntegrationTest
class OpenApiDocumentIT {

  @LocalServerPort int port;

  @Test
  void liveOpenApiDocumentEqualsTheCommittedCopyTheWebAppIsGeneratedFrom() {
    OpenApiSnapshot.assertLiveDocumentMatchesCommitted(port, "booking-service");
  }
}
