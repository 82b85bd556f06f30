package vn.dxmonitor.bench.infra;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * One benchmark run: it starts what it measures in its own directory, reports on standard output
 * (read by a person, its last line by scripts), and stops its processes even when the JVM is told
 * to end.
 */
public abstract class Benchmark {

  protected final String classpath = System.getProperty("java.class.path");
  protected final PrintStream out = System.out;
  protected final Path dir;

  protected Benchmark(Path workDir) throws IOException {
    this.dir = RunDirectory.create(workDir);
  }

  public abstract void run() throws Exception;

  /** Stops every process the run started; safe to call twice. */
  public abstract void stopAll();

  /** Prints a command's usage where a person who asked for help reads it: standard output. */
  public static void printUsage(String usage) {
    PrintStream console = System.out;
    console.print(usage);
  }

  /** Runs it, stopping its child processes on the way out however the JVM ends. */
  public static void runToTheEnd(Benchmark benchmark) throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stopAll, "stop-children"));
    benchmark.out.println("Work directory " + benchmark.dir);
    benchmark.run();
  }
}
