package vn.dxmonitor.bench.infra;

/**
 * The benchmark could not produce a trustworthy result: a process did not start, or requests
 * failed. Thrown out of {@code main} so the run exits non-zero; the message is for a person, so it
 * carries no stack trace of its own.
 */
public final class BenchmarkFailedException extends RuntimeException {

  public BenchmarkFailedException(String message) {
    super(message, null, false, false);
  }

  public BenchmarkFailedException(String message, Throwable cause) {
    super(message, cause, false, true);
  }
}
