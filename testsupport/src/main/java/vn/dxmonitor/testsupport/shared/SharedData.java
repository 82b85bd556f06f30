package vn.dxmonitor.testsupport.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's {@code ../shared} folder (the seed plans, the targets, Vietnam's unit lists). CI
 * always has it beside the repository; a user's own clone may not, and tests that need it then skip
 * with a message saying so.
 */
public final class SharedData {

  private SharedData() {}

  /** {@code ../shared}: system property {@code dx.shared.dir}, else found walking up. */
  public static Optional<Path> dir() {
    String property = System.getProperty("dx.shared.dir");
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Optional.of(Path.of(property).normalize());
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("data"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The admin-units folder, or the calling test is skipped with a clear message. */
  public static Path requireAdminUnits() {
    Optional<Path> units = dir().map(d -> d.resolve("data/admin-units")).filter(Files::isDirectory);
    Assumptions.assumeTrue(
        units.isPresent(),
        "../shared/data/admin-units not found beside the repository; this test needs Vietnam's"
            + " official unit lists");
    return units.get();
  }
}
