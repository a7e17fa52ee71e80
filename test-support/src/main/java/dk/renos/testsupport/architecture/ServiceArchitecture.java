package dk.renos.testsupport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The boundaries a RenOS service keeps, checked on its compiled main classes (never its tests).
 *
 * <ul>
 *   <li><b>Modules</b> (Spring Modulith): each package directly below the application's package is
 *       a module; modules form no cycle, and a module uses only what another one publishes: the
 *       types in its top-level package, or a sub-package (or type) it names with
 *       {@code @NamedInterface}. Its other sub-packages ({@code web}, {@code messaging}, ...) are
 *       internal.
 *   <li><b>No other service's code</b>: besides its own package a service uses only the published
 *       language ({@code dk.renos.events}) and the infrastructure library ({@code
 *       dk.renos.support}); never another service's package (nor test or launcher code).
 *   <li><b>No cycles inside a module</b> either: its sub-packages ({@code gmail.sync}, {@code
 *       gmail.reconcile}, ...) depend on each other in one direction only (Spring Modulith sees a
 *       module as a whole, so this is an ArchUnit rule).
 *   <li><b>Controllers stay at the edge</b>: the service's code outside its {@code ..web..}
 *       packages never uses a type in one; the web layer calls the application, not the other way
 *       round. (service-support's web helpers, such as its not-found exception, may be used
 *       anywhere.)
 * </ul>
 *
 * Every check throws an error naming each violation, so a test that calls it fails with the list.
 */
public final class ServiceArchitecture {

  /** Where every RenOS package lives. */
  public static final String RENOS_PACKAGE = "dk.renos";

  private final String servicePackage;
  private final String renosPackage;
  private final ImportOption importOption;
  private final ApplicationModules modules;

  private ServiceArchitecture(
      String servicePackage,
      String renosPackage,
      ImportOption importOption,
      ApplicationModules modules) {
    this.servicePackage = servicePackage;
    this.renosPackage = renosPackage;
    this.importOption = importOption;
    this.modules = modules;
  }

  /** The architecture of the service whose {@code @SpringBootApplication} this is. */
  public static ServiceArchitecture of(Class<?> application) {
    ImportOption mainOnly = new ImportOption.DoNotIncludeTests();
    return new ServiceArchitecture(
        application.getPackageName(),
        RENOS_PACKAGE,
        mainOnly,
        ApplicationModules.of(application, mainOnly));
  }

  /**
   * The same checks on a package of deliberately broken test fixtures: test classes are included,
   * and {@code renosPackage} stands in for {@code dk.renos} (its {@code events} and {@code support}
   * sub-packages are the shared ones).
   */
  static ServiceArchitecture ofFixture(String renosPackage, String servicePackage) {
    ImportOption everything = location -> true;
    return new ServiceArchitecture(
        servicePackage,
        renosPackage,
        everything,
        ApplicationModules.of(servicePackage, everything));
  }

  public ApplicationModules modules() {
    return modules;
  }

  /** Modules without cycles, using only each other's published types. */
  public void verifyModules() {
    modules.verify();
  }

  /** No class of the service uses a RenOS package other than its own, events and support. */
  public void verifyUsesNoOtherServicesCode() {
    noOtherServicesCode().check(classes());
  }

  /** The sub-packages of each module form no cycle. */
  public void verifyNoCyclesInsideModules() {
    noCyclesInsideModules().check(classes());
  }

  /** No class of the service outside its {@code ..web..} packages uses one inside. */
  public void verifyControllersAreUsedOnlyByWebCode() {
    controllersOnlyUsedByWebCode().check(classes());
  }

  /**
   * Writes Spring Modulith's documentation into {@code folder} (emptied first): {@code
   * components.puml} with every module (C4 component diagram), {@code module-<name>.puml} per
   * module, {@code module-<name>.adoc} module canvases, and {@code all-docs.adoc} tying them
   * together.
   */
  public void writeDocumentation(Path folder) {
    // A module nothing depends on (a service of one module) is drawn too, not left out.
    Documenter.DiagramOptions diagrams =
        Documenter.DiagramOptions.defaults()
            .withElementsWithoutRelationships(
                Documenter.DiagramOptions.ElementsWithoutRelationships.VISIBLE);
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
        .writeDocumentation(diagrams, Documenter.CanvasOptions.defaults());
  }

  ArchRule noOtherServicesCode() {
    String events = renosPackage + ".events..";
    String support = renosPackage + ".support..";
    return noClasses()
        .that()
        .resideInAPackage(servicePackage + "..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(renosPackage + "..")
                .and(not(resideInAnyPackage(servicePackage + "..", events, support))))
        .as(
            "code in "
                + servicePackage
                + " uses no other RenOS code than its own, "
                + events
                + " and "
                + support);
  }

  ArchRule noCyclesInsideModules() {
    // One slice per sub-package of a module (with everything below it); a module's top-level
    // package is its API and wiring and belongs to no slice.
    return slices()
        .matching(servicePackage + ".(*).(*)..")
        .should()
        .beFreeOfCycles()
        // A service whose modules have no sub-packages (the gateway) has nothing to check.
        .allowEmptyShould(true)
        .as("the sub-packages of each module in " + servicePackage + " form no cycle");
  }

  ArchRule controllersOnlyUsedByWebCode() {
    return noClasses()
        .that()
        .resideInAPackage(servicePackage + "..")
        .and()
        .resideOutsideOfPackage("..web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(servicePackage + "..web..")
        .as(
            "code in "
                + servicePackage
                + " outside ..web.. packages never uses a type in its ..web.. packages");
  }

  private JavaClasses classes() {
    return new ClassFileImporter().withImportOption(importOption).importPackages(servicePackage);
  }
}
