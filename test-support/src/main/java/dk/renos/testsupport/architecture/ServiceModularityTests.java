package dk.renos.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;

/**
 * Extend once per service ({@code class ModularityTests extends ServiceModularityTests}): the
 * checks of {@link ServiceArchitecture} as tests, plus the module documentation, written into
 * {@code docs/modules/<service>/} of the repository on every run and committed.
 */
public abstract class ServiceModularityTests {

  private final ServiceArchitecture architecture;
  private final String service;

  /**
   * @param application the service's {@code @SpringBootApplication}
   * @param service the service's module name ({@code quote-service}), the documentation's folder
   */
  protected ServiceModularityTests(Class<?> application, String service) {
    this.architecture = ServiceArchitecture.of(application);
    this.service = service;
  }

  @Test
  void featurePackagesAreModulesWithoutCyclesThatUseOnlyPublishedTypes() {
    architecture.verifyModules();
  }

  @Test
  void serviceUsesNoOtherServicesCode() {
    architecture.verifyUsesNoOtherServicesCode();
  }

  @Test
  void subPackagesOfAModuleFormNoCycle() {
    architecture.verifyNoCyclesInsideModules();
  }

  @Test
  void controllersAreUsedOnlyByWebCode() {
    architecture.verifyControllersAreUsedOnlyByWebCode();
  }

  @Test
  void writesModuleDiagramsAndCanvasesIntoDocsModules() throws IOException {
    Path folder = RepositoryRoot.find().resolve("docs/modules").resolve(service);
    architecture.writeDocumentation(folder);

    String components = Files.readString(folder.resolve("components.puml"));
    for (ApplicationModule module : architecture.modules()) {
      String name = module.getIdentifier().toString();
      assertThat(components)
          .as("components.puml draws module %s", name)
          .contains("\"" + module.getDisplayName() + "\"");
      assertThat(folder.resolve("module-" + name + ".puml")).exists();
      assertThat(folder.resolve("module-" + name + ".adoc")).exists();
    }
  }
}
