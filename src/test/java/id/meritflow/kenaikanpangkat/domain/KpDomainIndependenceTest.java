package id.meritflow.kenaikanpangkat.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The KP rules, periods and table port are plain Java: no Spring, no engine, no web. */
class KpDomainIndependenceTest {

  @Test
  void domainDoesNotDependOnFrameworks() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..",
            "com.fasterxml..", "id.meritflow.platform..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.meritflow.kenaikanpangkat.domain"));
  }
}
