package id.meritflow.mutasi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/**
 * Values and rules of mutasi stay plain Java; only the use case and adapters touch Spring. Adapters
 * are the annotated beans (controllers, the batch kind) and the engine package {@code mutasi.proses}
 * (delegates and listeners of processes/mutasi.bpmn).
 */
class MutasiDomainIndependenceTest {

  private final JavaClasses mutasi = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("id.meritflow.mutasi");

  @Test
  void valuesAndRulesDoNotDependOnSpringOrCamunda() {
    noClasses().that().areNotAnnotatedWith(Service.class).and().areNotAnnotatedWith(RestController.class)
        .and().areNotAnnotatedWith(Component.class)
        .and().resideOutsideOfPackage("id.meritflow.mutasi.proses..")
        .and().areNotAnnotatedWith(Configuration.class).and().areNotAnnotatedWith(ConfigurationProperties.class)
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "io.swagger..")
        .check(mutasi);
  }
}
