package vn.dxmonitor.bench.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the CPU went during a window: the CPU time each process of the run used, as cores busy, and
 * the machine's busy cores from {@code /proc/stat}. It answers whether a side was CPU-bound and
 * which process took the cores. A background sampler keeps the last CPU time of processes that end
 * during a window (ProducerPerformance), since an ended process no longer reports it.
 */
public final class CpuMeter implements AutoCloseable {

  private static final Duration SAMPLE_EVERY = Duration.ofMillis(200);
  private static final Path PROC_STAT = Path.of("/proc/stat");

  private final Map<String, ProcessHandle> processes = new LinkedHashMap<>();
  private final Map<String, Duration> lastKnown = new LinkedHashMap<>();
  private final Thread sampler;

  /** CPU time at an instant. */
  public record Snapshot(
      long nanoTime, Map<String, Duration> cpuByProcess, Optional<long[]> machine) {}

  /**
   * Cores busy over a window, by process.
   *
   * @param seconds the window's length
   * @param coresByProcess CPU seconds per wall-clock second, by process name
   * @param machineCores the same for the whole machine, when {@code /proc/stat} exists
   */
  public record Usage(
      double seconds, Map<String, Double> coresByProcess, Optional<Double> machineCores) {

    /**
     * Cores busy with anything but the run's processes — another build, another benchmark — which
     * the measurement had to share the machine with. Kernel work for loopback traffic lands here
     * too, so a few hundredths are normal.
     */
    public Optional<Double> otherCores() {
      double ours = coresByProcess.values().stream().mapToDouble(Double::doubleValue).sum();
      return machineCores.map(machine -> Math.max(0, machine - ours));
    }
  }

  public CpuMeter() {
    sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                refresh();
                try {
                  Thread.sleep(SAMPLE_EVERY.toMillis());
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "cpu-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Counts {@code name}'s CPU time from now on; a name tracked again follows the new process. */
  public synchronized void track(String name, ProcessHandle process) {
    processes.put(name, process);
    lastKnown.remove(name);
    refresh();
  }

  /** Stops counting {@code name}, a process that ended. */
  public synchronized void untrack(String name) {
    processes.remove(name);
    lastKnown.remove(name);
  }

  public synchronized Snapshot snapshot() {
    refresh();
    Map<String, Duration> cpu = new LinkedHashMap<>();
    processes.keySet().forEach(name -> cpu.put(name, lastKnown.getOrDefault(name, Duration.ZERO)));
    return new Snapshot(System.nanoTime(), cpu, machineTicks());
  }

  public static Usage between(Snapshot start, Snapshot end) {
    double seconds = (end.nanoTime() - start.nanoTime()) / 1e9;
    Map<String, Double> cores = new LinkedHashMap<>();
    end.cpuByProcess()
        .forEach(
            (name, cpu) -> {
              Duration before = start.cpuByProcess().getOrDefault(name, Duration.ZERO);
              cores.put(name, cpu.minus(before).toNanos() / 1e9 / seconds);
            });
    Optional<Double> machine =
        start
            .machine()
            .flatMap(
                first ->
                    end.machine()
                        .map(
                            last -> {
                              double total = last[0] - first[0];
                              double busy = last[1] - first[1];
                              return total <= 0
                                  ? 0.0
                                  : busy / total * Runtime.getRuntime().availableProcessors();
                            }));
    return new Usage(seconds, cores, machine);
  }

  private synchronized void refresh() {
    processes.forEach(
        (name, process) ->
            process.info().totalCpuDuration().ifPresent(cpu -> lastKnown.put(name, cpu)));
  }

  /** Total and busy jiffies of all CPUs, from the first line of {@code /proc/stat}. */
  private static Optional<long[]> machineTicks() {
    try {
      String[] fields = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < fields.length && i <= 8; i++) {
        total += Long.parseLong(fields[i]);
      }
      long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
      return Optional.of(new long[] {total, total - idle});
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    sampler.interrupt();
  }
}
