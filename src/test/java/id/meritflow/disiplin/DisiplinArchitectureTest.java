package id.meritflow.disiplin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The disiplin rules (top-level package) know nothing of Spring or Camunda; delegates and web adapt them. */
class DisiplinArchitectureTest {

  private final JavaClasses disiplin = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("id.meritflow.disiplin");

  @Test
  void rulesDoNotDependOnSpringOrCamunda() {
    noClasses().that().resideInAPackage("id.meritflow.disiplin")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "io.swagger..")
        .check(disiplin);
  }

  @Test
  void rulesDoNotReachIntoTheProcessOrWebAdapters() {
    noClasses().that().resideInAPackage("id.meritflow.disiplin")
        .should().dependOnClassesThat().resideInAnyPackage("id.meritflow.disiplin.proses..", "id.meritflow.disiplin.web..")
        .check(disiplin);
  }
}
