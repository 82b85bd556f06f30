package vn.dxmonitor.testsupport.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
