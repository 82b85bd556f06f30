package vn.dxmonitor.bench;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.testsupport.architecture.ModulePackages;

/**
 * The bench holds to the package rule the services hold to. The platform's {@code ArchitectureTest}
 * cannot see it (the bench depends on the platform's modules, not the other way), so the bench
 * checks itself.
 */
class BenchArchitectureTest {

  @Test
  void noBenchPackagesDependOnEachOtherInACircle() {
    ModulePackages.haveNoCycles(
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dxmonitor.bench"));
  }
}
