package vn.dxmonitor.testsupport.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch integ-test distribution that Maven resolved, unpacked once into a shared cache.
 * Unpacking goes to a temporary directory renamed into place, so concurrent test JVMs never see
 * half a distribution. The cache is world-readable because the node runs as an unprivileged user
 * when the build runs as root.
 */
public final class ElasticsearchDistribution {

  public static final String VERSION = "8.19.21";
  private static final Logger log = LoggerFactory.getLogger(ElasticsearchDistribution.class);

  private ElasticsearchDistribution() {}

  /** The unpacked distribution's home, unpacking it first when needed. */
  public static Path home(Path cacheDir) {
    Path home = cacheDir.resolve("elasticsearch-" + VERSION);
    if (Files.isExecutable(home.resolve("bin/elasticsearch"))) {
      return home;
    }
    Path zip = zip();
    try {
      Files.createDirectories(cacheDir);
      Path staging = Files.createTempDirectory(cacheDir, "unpack-");
      log.info("Unpacking {} into {}", zip, cacheDir);
      unzip(zip, staging);
      try {
        Files.move(
            staging.resolve("elasticsearch-" + VERSION), home, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        log.debug("Another process unpacked the distribution first");
      } catch (IOException e) {
        if (!Files.isExecutable(home.resolve("bin/elasticsearch"))) {
          throw e;
        }
      }
      deleteTree(staging);
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack " + zip, e);
    }
  }

  /** The zip: system property {@code dx.elasticsearch.zip}, else the local Maven repository. */
  static Path zip() {
    String property = System.getProperty("dx.elasticsearch.zip");
    if (property != null && Files.isRegularFile(Path.of(property))) {
      return Path.of(property);
    }
    Path repository =
        Path.of(
            System.getProperty(
                "maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
    Path zip =
        repository.resolve(
            "org/elasticsearch/distribution/integ-test-zip/elasticsearch/"
                + VERSION
                + "/elasticsearch-"
                + VERSION
                + ".zip");
    if (!Files.isRegularFile(zip)) {
      throw new IllegalStateException(
          "Elasticsearch distribution not found at "
              + zip
              + "; run 'mvn -pl testsupport dependency:resolve' to fetch it");
    }
    return zip;
  }

  private static void unzip(Path zip, Path target) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("zip entry escapes the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        Files.createDirectories(out.getParent());
        try (InputStream in = file.getInputStream(entry)) {
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        // ZipFile drops the modes: scripts under bin/ must be executable, all readable by others.
        boolean executable = out.getParent().getFileName().toString().equals("bin");
        Files.setPosixFilePermissions(
            out, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    try (Stream<Path> dirs = Files.walk(target)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
