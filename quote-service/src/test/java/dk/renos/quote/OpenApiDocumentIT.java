package dk.renos.quote;

import dk.renos.testsupport.OpenApiSnapshot;
import dk.renos.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The same context as {@link QuoteServiceIT}; the live /v3/api-docs against docs/openapi. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class OpenApiDocumentIT {

  @LocalServerPort int port;

  @Test
  void liveOpenApiDocumentEqualsTheCommittedCopyTheWebAppIsGeneratedFrom() {
    OpenApiSnapshot.assertLiveDocumentMatchesCommitted(port, "quote-service");
  }
}
