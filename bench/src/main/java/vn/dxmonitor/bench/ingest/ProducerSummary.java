package vn.dxmonitor.bench.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary line {@code ProducerPerformance} prints at the end of a run, read back into numbers.
 * Its latencies are per record, from {@code send()} to the acknowledgement, so they include the
 * time a record queued in the producer's buffer.
 *
 * @param records records the line covers
 * @param steadyState whether the line covers only the records after the warm-up
 * @param recordsPerSecond throughput
 * @param megabytesPerSecond throughput in MiB of record values
 * @param avgLatencyMs mean latency
 * @param maxLatencyMs worst latency
 * @param p50Ms median latency
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 * @param p999Ms 99.9th percentile
 */
record ProducerSummary(
    long records,
    boolean steadyState,
    double recordsPerSecond,
    double megabytesPerSecond,
    double avgLatencyMs,
    double maxLatencyMs,
    long p50Ms,
    long p95Ms,
    long p99Ms,
    long p999Ms) {

  // 3000000 records sent, 144244.638908 records/sec (41.27 MB/sec), 657.27 ms avg latency,
  // 1654.00 ms max latency, 510 ms 50th, 1414 ms 95th, 1590 ms 99th, 1636 ms 99.9th.
  // With --warmup-records, a second line follows: "2500000 steady state records sent, ...".
  private static final Pattern SUMMARY =
      Pattern.compile(
          "(\\d+)( steady state)? records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\),"
              + " ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th,"
              + " (\\d+) ms 95th, (\\d+) ms 99th, (\\d+) ms 99\\.9th\\.?");

  /** The summary on this line, if it is one; progress lines lack the percentiles. */
  static Optional<ProducerSummary> parse(String line) {
    Matcher m = SUMMARY.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new ProducerSummary(
            Long.parseLong(m.group(1)),
            m.group(2) != null,
            Double.parseDouble(m.group(3)),
            Double.parseDouble(m.group(4)),
            Double.parseDouble(m.group(5)),
            Double.parseDouble(m.group(6)),
            Long.parseLong(m.group(7)),
            Long.parseLong(m.group(8)),
            Long.parseLong(m.group(9)),
            Long.parseLong(m.group(10))));
  }

  /** The steady-state summary of a run's output if it has one, else the whole run's. */
  static Optional<ProducerSummary> of(List<String> output) {
    List<ProducerSummary> summaries =
        output.stream().map(ProducerSummary::parse).flatMap(Optional::stream).toList();
    return summaries.stream()
        .filter(ProducerSummary::steadyState)
        .findFirst()
        .or(() -> summaries.stream().reduce((first, second) -> second));
  }
}
