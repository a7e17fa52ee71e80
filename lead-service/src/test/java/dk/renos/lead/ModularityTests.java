package dk.renos.lead;

import dk.renos.testsupport.architecture.ServiceModularityTests;

/**
 * lead-service's module boundaries and architecture rules (see {@link ServiceModularityTests});
 * writes docs/modules/lead-service/.
 */
class ModularityTests extends ServiceModularityTests {

  ModularityTests() {
    super(LeadApplication.class, "lead-service");
  }
}
