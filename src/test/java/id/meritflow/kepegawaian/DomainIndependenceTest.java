package id.meritflow.kepegawaian;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jackson.JsonComponent;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The registry keeps domain types and rules beside its adapters in one package; what keeps them
 * apart is this rule: only Spring beans (adapters, use cases) may touch Spring or Camunda.
 */
class DomainIndependenceTest {

  private final JavaClasses registry = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("id.meritflow.kepegawaian");

  @Test
  void domainTypesAndRulesDoNotDependOnSpringOrCamunda() {
    noClasses().that().areNotAnnotatedWith(Component.class).and().areNotAnnotatedWith(Service.class)
        .and().areNotAnnotatedWith(Repository.class).and().areNotAnnotatedWith(RestController.class)
        .and().areNotAnnotatedWith(RestControllerAdvice.class).and().areNotAnnotatedWith(JsonComponent.class)
        .and().areNotNestedClasses()
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "io.swagger..")
        .check(registry);
  }
}
