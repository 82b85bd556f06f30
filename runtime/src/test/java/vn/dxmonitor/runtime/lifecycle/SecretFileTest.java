package vn.dxmonitor.runtime.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTest {

  @TempDir Path directory;

  @Test
  void aNewSecretIsOwnerOnlyAndKeptAcrossReads() throws Exception {
    Path file = directory.resolve("nested/admin.key");

    String made = SecretFile.readOrCreate(file, () -> "s3cret", "admin key");

    assertThat(made).isEqualTo("s3cret");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(SecretFile.readOrCreate(file, () -> "another", "admin key")).isEqualTo("s3cret");
    try (var left = Files.list(file.getParent())) {
      assertThat(left).containsExactly(file);
    }
  }

  @Test
  void anEmptyFileOthersCanReadIsReplacedNotWrittenInto() throws Exception {
    Path file = directory.resolve("admin.password");
    Files.createFile(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    // Someone else holds the same file open under another name, as a reader would
    Path heldElsewhere = directory.resolve("held");
    Files.createLink(heldElsewhere, file);

    SecretFile.readOrCreate(file, () -> "s3cret", "admin password");

    assertThat(Files.readString(file)).isEqualTo("s3cret\n");
    assertThat(Files.readString(heldElsewhere)).isEmpty();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }
}
