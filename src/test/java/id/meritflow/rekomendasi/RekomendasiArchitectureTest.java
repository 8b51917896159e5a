package id.meritflow.rekomendasi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The recommendation's domain stays plain Java: scoring, eligibility and explanations are testable alone. */
class RekomendasiArchitectureTest {

  private final JavaClasses domain = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("id.meritflow.rekomendasi.domain");

  @Test
  void domainDoesNotDependOnSpringOrCamunda() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "org.camunda..", "smile..", "java.net.http..")
        .check(domain);
  }
}
