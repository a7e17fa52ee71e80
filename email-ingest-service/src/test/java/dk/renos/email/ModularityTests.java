package dk.renos.email;

import dk.renos.testsupport.architecture.ServiceModularityTests;

/**
 * email-ingest-service's module boundaries and architecture rules (see {@link
 * ServiceModularityTests}); writes docs/modules/email-ingest-service/.
 */
class ModularityTests extends ServiceModularityTests {

  ModularityTests() {
    super(EmailIngestApplication.class, "email-ingest-service");
  }
}
