package dk.renos.quote;

import dk.renos.testsupport.architecture.ServiceModularityTests;

/**
 * quote-service's module boundaries and architecture rules (see {@link ServiceModularityTests});
 * writes docs/modules/quote-service/.
 */
class ModularityTests extends ServiceModularityTests {

  ModularityTests() {
    super(QuoteApplication.class, "quote-service");
  }
}
