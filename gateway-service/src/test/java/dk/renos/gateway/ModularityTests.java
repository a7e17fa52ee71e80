package dk.renos.gateway;

import dk.renos.testsupport.architecture.ServiceModularityTests;

/**
 * gateway-service's module boundaries and architecture rules (see {@link ServiceModularityTests});
 * writes docs/modules/gateway-service/.
 */
class ModularityTests extends ServiceModularityTests {

  ModularityTests() {
    super(GatewayApplication.class, "gateway-service");
  }
}
