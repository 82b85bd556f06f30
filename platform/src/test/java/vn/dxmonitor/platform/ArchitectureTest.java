package vn.dxmonitor.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.runtime.access.Rank;
import vn.dxmonitor.runtime.accounts.AccountRole;
import vn.dxmonitor.runtime.keys.KeyRole;
import vn.dxmonitor.testsupport.architecture.ModulePackages;

/**
 * The layout is the architecture: services meet only in {@code model} and {@code runtime} and
 * through Kafka and Elasticsearch, never by calling each other's code.
 */
class ArchitectureTest {

  private static final String[] SERVICES = {"ingest", "processor", "alerting", "dashboard"};

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.dxmonitor");

  @Test
  void servicesDoNotDependOnEachOther() {
    for (String service : SERVICES) {
      for (String other : SERVICES) {
        if (!service.equals(other)) {
          noClasses()
              .that()
              .resideInAPackage("vn.dxmonitor." + service + "..")
              .should()
              .dependOnClassesThat()
              .resideInAPackage("vn.dxmonitor." + other + "..")
              .check(classes);
        }
      }
    }
  }

  @Test
  void runtimeDependsOnNoService() {
    noClasses()
        .that()
        .resideInAPackage("vn.dxmonitor.runtime..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.dxmonitor.ingest..",
            "vn.dxmonitor.processor..",
            "vn.dxmonitor.alerting..",
            "vn.dxmonitor.dashboard..",
            "vn.dxmonitor.platform..")
        .check(classes);
  }

  /**
   * A package of a module is a concept; two concepts that need each other are one concept split in
   * two, and the next change to either has to read both. Each module's packages, its root package
   * among them, form a tree of dependencies, never a circle. The bench checks itself ({@code
   * BenchArchitectureTest}): it is not on this module's classpath.
   */
  @Test
  void noModulesPackagesDependOnEachOtherInACircle() {
    ModulePackages.haveNoCycles(classes);
  }

  /**
   * What a role may do is decided once, by {@code runtime.access.Permissions}; a service that
   * compared ranks itself would drift from it. Only the roles' own mapping to a rank names one.
   */
  @Test
  void onlyAccessJudgesWhatARankMayDo() {
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.dxmonitor.runtime.access..")
        .and()
        .doNotBelongToAnyOf(KeyRole.class, AccountRole.class)
        .should()
        .accessField(Rank.class, "ADMIN")
        .orShould()
        .accessField(Rank.class, "OPERATOR")
        .orShould()
        .accessField(Rank.class, "READER")
        .orShould()
        .callMethod(Rank.class, "atLeast", Rank.class)
        .because("runtime.access.Permissions is the one owner of what a role may do")
        .check(classes);
  }
}
