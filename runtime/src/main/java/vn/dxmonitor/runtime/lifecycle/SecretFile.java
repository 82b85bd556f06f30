package vn.dxmonitor.runtime.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret kept in a file of its own: for the local run read when the file has one, otherwise made
 * and written there, readable by its owner only from the moment it exists; for a credential someone
 * else issued (a password of Elasticsearch's), only read.
 */
public final class SecretFile {

  private static final Logger log = LoggerFactory.getLogger(SecretFile.class);

  private SecretFile() {}

  private static Path ownerOnlyTempFile(Path directory, String name) throws IOException {
    try {
      return Files.createTempFile(
          directory,
          "." + name,
          ".new",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      log.warn("Cannot restrict a file in {} to its owner on this file system", directory);
      return Files.createTempFile(directory, "." + name, ".new");
    }
  }

  /**
   * The secret in an existing file, without surrounding white space (a trailing newline is usual).
   *
   * @param what what the secret is, for the error message; the secret itself is never in one
   * @throws IllegalStateException when the file is missing, unreadable or blank
   */
  public static String read(Path file, String what) {
    try {
      String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (secret.isEmpty()) {
        throw new IllegalStateException("the " + what + " file " + file + " is empty");
      }
      return secret;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the " + what + " file " + file + ": " + e, e);
    }
  }

  /**
   * @param what what the secret is, for the error message
   */
  public static String readOrCreate(Path file, Supplier<String> newSecret, String what) {
    try {
      if (Files.exists(file)) {
        String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!secret.isEmpty()) {
          return secret;
        }
      }
      String secret = newSecret.get();
      Path directory = file.toAbsolutePath().getParent();
      Files.createDirectories(directory);
      // Made owner-only before the secret is in it, then moved into place whole: the secret is
      // never readable by others, not even for a moment, nor half written.
      Path written = ownerOnlyTempFile(directory, file.getFileName().toString());
      try {
        Files.writeString(written, secret + "\n", StandardCharsets.UTF_8);
        Files.move(
            written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(written);
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the " + what + " file " + file, e);
    }
  }
}
