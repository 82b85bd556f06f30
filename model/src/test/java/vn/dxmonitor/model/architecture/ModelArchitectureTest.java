package vn.dxmonitor.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain stays pure Java: services depend on it, never the other way round. */
class ModelArchitectureTest {

  private final JavaClasses model =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.dxmonitor.model");

  @Test
  void modelDependsOnNoFrameworkAndNoService() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "org.apache.kafka..",
            "co.elastic..",
            "tools.jackson..",
            "com.fasterxml..",
            "vn.dxmonitor.ingest..",
            "vn.dxmonitor.processor..",
            "vn.dxmonitor.alerting..",
            "vn.dxmonitor.dashboard..",
            "vn.dxmonitor.runtime..")
        .check(model);
  }
}
