package vn.dxmonitor.bench.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where one run of a benchmark keeps its logs and data: a directory named after when it began. */
public final class RunDirectory {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private RunDirectory() {}

  /** A new directory under {@code workDir}, e.g. {@code 20261205-061502}, as an absolute path. */
  public static Path create(Path workDir) throws IOException {
    return Files.createDirectories(workDir.resolve(LocalDateTime.now().format(STAMP)))
        .toAbsolutePath();
  }
}
