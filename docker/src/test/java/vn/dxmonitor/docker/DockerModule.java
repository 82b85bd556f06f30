package vn.dxmonitor.docker;

import java.nio.file.Path;
import java.util.List;

/** Where the docker module's files are: the tests run with the module as working directory. */
final class DockerModule {

  static final Path DIR = Path.of("").toAbsolutePath();
  static final Path ROOT = DIR.getParent();
  static final Path IMAGES = DIR.resolve("target/images");

  /** The services made from this repository's images, by the application each image runs. */
  static final List<String> APPLICATIONS =
      List.of("ingest", "processor", "alerting", "dashboard", "platform");

  private DockerModule() {}

  static Path file(String relative) {
    return DIR.resolve(relative);
  }
}
