package vn.dxmonitor.runtime.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.runtime.lifecycle.StartupStep;

/**
 * Makes the administrator key of {@code dx.keys.admin-key-file} work once the catalog has been
 * read: writes a new random key to the file when it has none, and registers its digest.
 */
public final class AdminKeyBootstrap extends StartupStep {

  private static final Logger log = LoggerFactory.getLogger(AdminKeyBootstrap.class);

  private final ApiKeyRegistry registry;
  private final Path file;

  public AdminKeyBootstrap(ApiKeyRegistry registry, Path file) {
    super(AFTER_CATALOG);
    this.registry = registry;
    this.file = file;
  }

  @Override
  protected void run() {
    if (file != null) {
      ApiKey key = registry.ensureAdmin(readOrCreate(file), "bootstrap");
      log.info("Administrator key {} works; its secret is in {}", key.id(), file);
    }
  }

  private static String readOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        String key = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!key.isEmpty()) {
          return key;
        }
      }
      String key = KeySecrets.newKey();
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
      restrictToOwner(file);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the admin key file " + file, e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      log.warn("Cannot restrict {} to its owner on this file system", file);
    }
  }
}
