package vn.dxmonitor.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * Each module's packages as slices for the cycle rule: {@code vn.dxmonitor.<module>.<package>..} is
 * one slice, and so is the module's root package {@code vn.dxmonitor.<module>} on its own. A
 * pattern such as {@code vn.dxmonitor.(*).(*)..} leaves the root out, and a root that its
 * subpackages reach back to (for the module's properties, say) closes a circle no one sees.
 *
 * <p>Shared so that every module that checks the rule (the platform for the services, the bench for
 * itself) checks the same one.
 */
public final class ModulePackages implements SliceAssignment {

  private static final String PREFIX = "vn.dxmonitor.";

  /** Checks that no two of these packages depend on each other, through any number of others. */
  public static void haveNoCycles(JavaClasses classes) {
    SlicesRuleDefinition.slices()
        .assignedFrom(new ModulePackages())
        .should()
        .beFreeOfCycles()
        .because(
            "a cycle between packages is one concept split in two, and a module's root package,"
                + " where its application is wired, is one of its packages: what it wires must not"
                + " reach back to it")
        .check(classes);
  }

  @Override
  public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
    String name = javaClass.getPackageName();
    if (!name.startsWith(PREFIX)) {
      return SliceIdentifier.ignore();
    }
    String[] parts = name.substring(PREFIX.length()).split("\\.", 3);
    return parts.length == 1
        ? SliceIdentifier.of(parts[0] + " (root)")
        : SliceIdentifier.of(parts[0] + "." + parts[1]);
  }

  @Override
  public String getDescription() {
    return "each module's root package and each package directly under it, with its subpackages";
  }
}
