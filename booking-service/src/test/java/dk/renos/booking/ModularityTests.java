package dk.renos.booking;

import dk.renos.testsupport.architecture.ServiceModularityTests;

/**
 * booking-service's module boundaries and architecture rules (see {@link ServiceModularityTests});
 * writes docs/modules/booking-service/.
 */
class ModularityTests extends ServiceModularityTests {

  ModularityTests() {
    super(BookingApplication.class, "booking-service");
  }
}
