package dk.renos.chat;

import dk.renos.testsupport.architecture.ServiceModularityTests;

/**
 * chat-service's module boundaries and architecture rules (see {@link ServiceModularityTests});
 * writes docs/modules/chat-service/.
 */
class ModularityTests extends ServiceModularityTests {

  ModularityTests() {
    super(ChatApplication.class, "chat-service");
  }
}
