package vn.dxmonitor.bench.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A service as it is deployed: the executable jar its module's {@code mvn package} makes
 * (classifier {@code exec}), run by Spring Boot's launcher. Never the benchmark's own classpath,
 * which holds every module at once — the dashboard's security among them, which refused the ingest
 * benchmark's key.
 */
public final class ServiceJar {

  /** The main class of every executable jar; it starts the jar's own application. */
  public static final String LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

  private ServiceJar() {}

  /**
   * The platform as {@code ./dx up} runs it: every service in one JVM, the {@code platform}
   * module's executable jar ({@code platform/target/dx-platform.jar}).
   */
  public static String platform() {
    Path jar = Path.of("platform", "target", "dx-platform.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new BenchmarkFailedException(
          "no platform jar at "
              + jar
              + ": build it with 'mvn -DskipTests -pl bench,platform -am package' (./dx bench does)");
    }
    return jar.toString();
  }

  /**
   * @param module the service's Maven module, such as {@code ingest}, under the working directory
   *     (the repository, where {@code ./dx} runs)
   */
  public static String of(String module) {
    Path target = Path.of(module, "target").toAbsolutePath();
    if (Files.isDirectory(target)) {
      try (DirectoryStream<Path> jars =
          Files.newDirectoryStream(target, "dx-" + module + "-*-exec.jar")) {
        for (Path jar : jars) {
          return jar.toString();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + target, e);
      }
    }
    throw new BenchmarkFailedException(
        "no executable jar of "
            + module
            + " in "
            + target
            + ": build it with 'mvn -DskipTests -pl bench -am package' (./dx bench does)");
  }
}
