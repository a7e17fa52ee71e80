package dk.renos.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dk.renos.events.fixture.EventUsingALibrary;
import org.junit.jupiter.api.Test;

/**
 * The contract every service and outside subscriber compiles against depends on nothing but the
 * JDK: no Spring, no Jackson, so a subscriber never inherits our library versions.
 */
class JdkOnlyTests {

  static final ArchRule ONLY_THE_JDK =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "dk.renos.events..")
          .as("shared-events depends on nothing but the JDK");

  @Test
  void sharedEventsMainCodeUsesOnlyTheJdk() {
    JavaClasses main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.renos.events");

    assertThat(main).as("imported the main classes").isNotEmpty();
    ONLY_THE_JDK.check(main);
  }

  @Test
  void aClassUsingALibraryBreaksTheRule() {
    JavaClasses broken = new ClassFileImporter().importClasses(EventUsingALibrary.class);

    assertThat(ONLY_THE_JDK.evaluate(broken).hasViolation()).isTrue();
    assertThat(ONLY_THE_JDK.evaluate(broken).getFailureReport().getDetails())
        .anyMatch(line -> line.contains("org.assertj"));
  }
}
