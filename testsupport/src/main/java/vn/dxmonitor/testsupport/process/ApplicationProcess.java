package vn.dxmonitor.testsupport.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spring Boot application of the test's class path in a JVM of its own, so that a test can kill
 * it the hard way: SIGKILL, with no shutdown hook, no flush and no transaction committed or
 * aborted. Each start appends its output to the same log.
 */
public final class ApplicationProcess implements AutoCloseable {

  private final Class<?> application;
  private final List<String> arguments;
  private final Path log;
  private Process process;
  private int starts;

  /**
   * @param application the class with the application's {@code main}
   * @param arguments the application's {@code --name=value} settings
   * @param log where its output goes
   */
  public ApplicationProcess(Class<?> application, List<String> arguments, Path log) {
    this.application = application;
    this.arguments = List.copyOf(arguments);
    this.log = log;
  }

  public void start() throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(application.getName());
    command.addAll(arguments);
    Files.writeString(
        log,
        "---- start " + ++starts + " ----\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
  }

  /**
   * Waits until this start of the process has logged that the application started (Spring Boot's
   * "Started ..." line), so that a test times a fault from a running application, not from a JVM
   * still starting on a busy machine.
   *
   * @throws IllegalStateException when the process ends first or the time runs out
   */
  public void awaitStarted(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String started = "Started " + application.getSimpleName();
    while (!thisStartLogged(started)) {
      if (!isAlive()) {
        throw new IllegalStateException(
            application.getSimpleName() + " ended while starting:\n" + logTail(40));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            application.getSimpleName() + " did not start in " + timeout + ":\n" + logTail(40));
      }
      Thread.sleep(200);
    }
  }

  private boolean thisStartLogged(String line) throws IOException {
    List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
    String marker = "---- start " + starts + " ----";
    for (int i = all.size() - 1; i >= 0 && !all.get(i).equals(marker); i--) {
      if (all.get(i).contains(line)) {
        return true;
      }
    }
    return false;
  }

  /** SIGKILL, and waits until the process is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** The last lines of the log, to say why the process ended. */
  public String logTail(int lines) throws IOException {
    List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  @Override
  public void close() throws InterruptedException {
    if (isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
