package vn.dxmonitor.bench.ingest;

/**
 * The benchmark could not produce a trustworthy result: a process did not start, or requests
 * failed. Thrown out of {@code main} so the run exits non-zero; the message is for a person, so it
 * carries no stack trace of its own.
 */
final class BenchmarkFailedException extends RuntimeException {

  BenchmarkFailedException(String message) {
    super(message, null, false, false);
  }

  BenchmarkFailedException(String message, Throwable cause) {
    super(message, cause, false, true);
  }
}
