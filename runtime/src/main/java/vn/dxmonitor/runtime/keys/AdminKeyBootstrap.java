package vn.dxmonitor.runtime.keys;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.runtime.lifecycle.SecretFile;
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
      String secret = SecretFile.readOrCreate(file, KeySecrets::newKey, "admin key");
      ApiKey key = registry.ensureAdmin(secret, "bootstrap");
      if (key.isRevoked()) {
        log.warn(
            "Administrator key {} (secret in {}) was revoked by {} at {} and stays revoked; put a"
                + " new secret in the file, or remove it, to have a new administrator key made",
            key.id(),
            file,
            key.revokedBy(),
            key.revokedAt());
      } else {
        log.info("Administrator key {} works; its secret is in {}", key.id(), file);
      }
    }
  }
}
