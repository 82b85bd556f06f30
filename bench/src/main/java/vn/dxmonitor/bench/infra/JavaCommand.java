package vn.dxmonitor.bench.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A main class to run in a JVM of its own, on the benchmark's classpath and with the running JDK,
 * so that the broker, the baseline and the service under test never share a heap, a JIT or a
 * garbage collector with the load generator.
 *
 * @param classpath the benchmark module's runtime classpath
 * @param jvmOptions heap and system properties
 * @param mainClass the class whose {@code main} runs
 * @param arguments its arguments
 */
public record JavaCommand(
    String classpath, List<String> jvmOptions, String mainClass, List<String> arguments) {

  /** Logback configuration for the children that are not Spring Boot applications. */
  public static final String QUIET_LOGGING = "-Dlogback.configurationFile=dx-bench-logback.xml";

  public JavaCommand {
    jvmOptions = List.copyOf(jvmOptions);
    arguments = List.copyOf(arguments);
  }

  /** Whether a JVM option picks the garbage collector, such as {@code -XX:+UseSerialGC}. */
  public static boolean choosesCollector(String option) {
    return option.matches("-XX:\\+Use\\w+GC");
  }

  public ProcessBuilder processBuilder() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.addAll(arguments);
    return new ProcessBuilder(command);
  }
}
