package vn.dxmonitor.bench.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A process's resident memory as the kernel counts it ({@code /proc/<pid>/status}): what it holds
 * in RAM now ({@code VmRSS}) and the most it ever held ({@code VmHWM}). For a JVM that is the heap
 * it has touched plus metaspace, code cache, thread stacks and native buffers — what an operator's
 * machine has to have, which the heap setting alone does not say.
 *
 * @param rssKb resident now, in KiB
 * @param peakKb the high-water mark, in KiB
 */
record ProcessMemory(long rssKb, long peakKb) {

  static final ProcessMemory UNKNOWN = new ProcessMemory(0, 0);

  static ProcessMemory of(ProcessHandle process) {
    try {
      long rss = 0;
      long peak = 0;
      for (String line :
          Files.readAllLines(
              Path.of("/proc", Long.toString(process.pid()), "status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("VmRSS:")) {
          rss = kilobytes(line);
        } else if (line.startsWith("VmHWM:")) {
          peak = kilobytes(line);
        }
      }
      return new ProcessMemory(rss, peak);
    } catch (IOException | RuntimeException gone) {
      return UNKNOWN;
    }
  }

  double rssMb() {
    return rssKb / 1024.0;
  }

  double peakMb() {
    return peakKb / 1024.0;
  }

  /**
   * The benchmark's descendant whose command line holds {@code marker}: the Elasticsearch server,
   * which its launcher script starts as a grandchild, so no handle of ours points at it.
   */
  static Optional<ProcessHandle> descendant(String marker) {
    return ProcessHandle.current()
        .descendants()
        .filter(process -> commandLine(process).contains(marker))
        .findFirst();
  }

  private static String commandLine(ProcessHandle process) {
    try {
      return new String(
          Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
          StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException gone) {
      return "";
    }
  }

  private static long kilobytes(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }
}
