package dk.renos.monitoring;

import dk.renos.testsupport.architecture.ServiceModularityTests;

/**
 * monitoring-service's module boundaries and architecture rules (see {@link
 * ServiceModularityTests}); writes docs/modules/monitoring-service/.
 */
class ModularityTests extends ServiceModularityTests {

  ModularityTests() {
    super(MonitoringApplication.class, "monitoring-service");
  }
}
