package vn.dxmonitor.model.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain stays pure Java: services depend on it, never the other way round. Jackson's
 * annotations are the one exception: they only say which flat JSON form a grouped record has (see
 * {@code IndicatorValueJson}), and neither map nor read anything.
 */
class ModelArchitectureTest {

  private final JavaClasses model =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.dxmonitor.model");

  @Test
  void modelDependsOnNoFrameworkAndNoService() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAnyPackage(
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
                .and(not(resideInAPackage("com.fasterxml.jackson.annotation"))))
        .check(model);
  }
}
