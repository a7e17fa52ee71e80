package dk.renos.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ServiceArchitecture} run against a deliberately broken fixture (under {@code
 * fixtures/}, test sources only) reports the violation; the services' ModularityTests run the same
 * rules on their main code.
 */
class ServiceArchitectureTests {

  private static final String FIXTURES = "dk.renos.testsupport.architecture.fixtures";

  private static ServiceArchitecture fixture(String name) {
    return ServiceArchitecture.ofFixture(FIXTURES + "." + name, FIXTURES + "." + name);
  }

  @Test
  void aCycleBetweenModulesIsReported() {
    assertThatThrownBy(() -> fixture("cycle").verifyModules())
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("alpha")
        .hasMessageContaining("beta");
  }

  @Test
  void aModuleUsingAnotherModulesInternalTypeIsReported() {
    assertThatThrownBy(() -> fixture("internal").verifyModules())
        .hasMessageContaining("Module 'orders' depends on non-exposed type")
        .hasMessageContaining("billing.ledger.Ledger");
  }

  @Test
  void aSubPackagePublishedAsNamedInterfaceMayBeUsed() {
    assertThatCode(() -> fixture("named").verifyModules()).doesNotThrowAnyException();
  }

  @Test
  void aCycleBetweenSubPackagesOfOneModuleIsReported() {
    ServiceArchitecture fixture = fixture("subcycle");
    assertThatCode(fixture::verifyModules).doesNotThrowAnyException();
    assertThatThrownBy(fixture::verifyNoCyclesInsideModules)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("gmail.sync.Sync")
        .hasMessageContaining("gmail.reconcile.Reconcile");
  }

  @Test
  void usingAnotherServicesCodeIsReportedButSharedEventsAndSupportAreNot() {
    ServiceArchitecture quote =
        ServiceArchitecture.ofFixture(FIXTURES + ".crossservice", FIXTURES + ".crossservice.quote");
    assertThatThrownBy(quote::verifyUsesNoOtherServicesCode)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("crossservice.lead.LeadInternals")
        .hasMessageNotContaining("LeadEvent")
        .hasMessageNotContaining("Helper");
  }

  @Test
  void nonWebCodeUsingAControllerIsReported() {
    assertThatThrownBy(() -> fixture("webuse").verifyControllersAreUsedOnlyByWebCode())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("OrderPlacement")
        .hasMessageContaining("web.OrderController");
  }
}
