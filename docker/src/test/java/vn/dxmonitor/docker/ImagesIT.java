package vn.dxmonitor.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The image build contexts {@code mvn package} makes ({@code docker/target/images/dx-*-image.tar}):
 * the Dockerfile and the executable jar's layers, each layer holding the jars it should and the
 * application jar starting the service it is named after. Read as tar files, the way {@code docker
 * build -} reads them.
 */
class ImagesIT {

  private static final Map<String, String> MAIN_CLASSES =
      Map.of(
          "ingest", "vn.dxmonitor.ingest.IngestApplication",
          "processor", "vn.dxmonitor.processor.ProcessorApplication",
          "alerting", "vn.dxmonitor.alerting.AlertingApplication",
          "dashboard", "vn.dxmonitor.dashboard.DashboardApplication",
          "platform", "vn.dxmonitor.platform.PlatformApplication");

  @ParameterizedTest
  @ValueSource(strings = {"ingest", "processor", "alerting", "dashboard", "platform"})
  void theContextHoldsTheDockerfileAndTheLayersOfTheServicesJar(String service) throws IOException {
    Map<String, byte[]> files =
        Tar.read(DockerModule.IMAGES.resolve("dx-" + service + "-image.tar"));

    assertThat(new String(files.get("Dockerfile"), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(DockerModule.file("image/Dockerfile")));
    // This repository's modules go to the last layers (Boot puts the build's own modules with the
    // application, other snapshots just before); released libraries, which change least, first.
    List<String> snapshots = new ArrayList<>(names(files, "snapshot-dependencies/lib/"));
    snapshots.addAll(names(files, "application/lib/"));
    List<String> dependencies = names(files, "dependencies/lib/");
    assertThat(snapshots)
        .as("this repository's modules")
        .contains("dx-model-0.1.0-SNAPSHOT.jar", "dx-runtime-0.1.0-SNAPSHOT.jar");
    assertThat(dependencies)
        .as("released libraries in their own layer")
        .anyMatch(jar -> jar.startsWith("spring-kafka-"))
        .anyMatch(jar -> jar.startsWith("kafka-clients-"))
        .noneMatch(jar -> jar.contains("SNAPSHOT"));
    if (service.equals("platform")) {
      assertThat(snapshots)
          .contains(
              "dx-ingest-0.1.0-SNAPSHOT.jar", "dx-processor-0.1.0-SNAPSHOT.jar",
              "dx-alerting-0.1.0-SNAPSHOT.jar", "dx-dashboard-0.1.0-SNAPSHOT.jar");
    } else {
      assertThat(snapshots)
          .as("no other service's code")
          .noneMatch(
              jar ->
                  MAIN_CLASSES.keySet().stream()
                      .filter(other -> !other.equals(service))
                      .anyMatch(other -> jar.startsWith("dx-" + other + "-")));
    }
    if (service.equals("processor") || service.equals("alerting")) {
      assertThat(dependencies)
          .anyMatch(jar -> jar.startsWith("kafka-streams-"))
          .anyMatch(jar -> jar.startsWith("rocksdbjni-"));
    }
    if (service.equals("dashboard")) {
      assertThat(dependencies).anyMatch(jar -> jar.startsWith("thymeleaf-"));
    }

    Manifest manifest = manifest(files.get("application/app.jar"));
    assertThat(manifest.getMainAttributes().getValue("Main-Class"))
        .isEqualTo(MAIN_CLASSES.get(service));
    String classPath = manifest.getMainAttributes().getValue("Class-Path");
    for (String jar : dependencies) {
      assertThat(classPath)
          .as("the application jar's class path names every library")
          .contains("lib/" + jar);
    }
  }

  @org.junit.jupiter.api.Test
  void theDockerfileRunsAsAnUnprivilegedUserWithAHealthCheckAndMemoryFromTheLimit()
      throws IOException {
    String dockerfile = Files.readString(DockerModule.file("image/Dockerfile"));
    assertThat(dockerfile).containsPattern("(?m)^USER 10001:10001$");
    assertThat(dockerfile)
        .contains("HEALTHCHECK")
        .contains("vn.dxmonitor.runtime.health.HealthProbe");
    assertThat(dockerfile).contains("-XX:MaxRAMPercentage=");
    List<String> copies = dockerfile.lines().filter(line -> line.startsWith("COPY")).toList();
    assertThat(copies)
        .containsExactly(
            "COPY dependencies/ ./",
            "COPY spring-boot-loader/ ./",
            "COPY snapshot-dependencies/ ./",
            "COPY application/ ./");
    assertThat(dockerfile.indexOf("USER "))
        .as("files are copied as root, the service runs as its user")
        .isGreaterThan(dockerfile.lastIndexOf("COPY "));
  }

  private static List<String> names(Map<String, byte[]> files, String directory) {
    List<String> names = new ArrayList<>();
    for (String path : files.keySet()) {
      if (path.startsWith(directory) && path.endsWith(".jar")) {
        names.add(path.substring(directory.length()));
      }
    }
    return names;
  }

  private static Manifest manifest(byte[] jar) throws IOException {
    assertThat(jar).as("application/app.jar").isNotNull();
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
      return in.getManifest();
    }
  }

  /** A plain POSIX tar reader: names and contents of regular files. */
  static final class Tar {

    private Tar() {}

    static Map<String, byte[]> read(Path tar) throws IOException {
      Map<String, byte[]> files = new HashMap<>();
      try (InputStream in = Files.newInputStream(tar)) {
        byte[] header = new byte[512];
        String longName = null;
        while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
          String name = longName != null ? longName : text(header, 0, 100);
          String prefix = text(header, 345, 155);
          if (longName == null && !prefix.isEmpty()) {
            name = prefix + "/" + name;
          }
          longName = null;
          long size = Long.parseLong(text(header, 124, 12).trim(), 8);
          byte[] content = in.readNBytes((int) size);
          in.skipNBytes((512 - size % 512) % 512);
          char type = (char) header[156];
          if (type == 'L') {
            longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
          } else if (type == 'x') {
            longName = paxPath(new String(content, StandardCharsets.UTF_8));
          } else if (type == '0' || type == '\0') {
            // Only the small files are kept whole; the libraries are known by name.
            files.put(
                name, name.endsWith("/app.jar") || !name.endsWith(".jar") ? content : new byte[0]);
          }
        }
      }
      return files;
    }

    private static String paxPath(String records) {
      for (String record : records.split("\n")) {
        int path = record.indexOf(" path=");
        if (path >= 0) {
          return record.substring(path + " path=".length());
        }
      }
      return null;
    }

    private static String text(byte[] header, int offset, int length) {
      int end = offset;
      while (end < offset + length && header[end] != 0) {
        end++;
      }
      return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }
  }
}
