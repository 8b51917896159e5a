package id.meritflow.kalender;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class KalenderArchitectureTest {

  @Test
  void domainCoreDoesNotDependOnSpringCamundaOrItsAdapters() {
    noClasses().that().resideInAPackage("id.meritflow.kalender")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "org.camunda..", "com.fasterxml..", "id.meritflow.kalender.(*)..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.meritflow.kalender"));
  }
}
