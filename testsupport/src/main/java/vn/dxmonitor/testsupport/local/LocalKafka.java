package vn.dxmonitor.testsupport.local;

import java.nio.file.Path;
import java.util.Map;
import vn.dxmonitor.testsupport.kafka.KraftServerConfig;

/**
 * Writes the local run's broker configuration for {@code ./dx up}: the same {@link
 * KraftServerConfig} the tests and benchmarks run, on the ports and log directory given.
 *
 * <p>Arguments: {@code --port PORT --controller-port PORT --log-dir DIR --out FILE}.
 */
public final class LocalKafka {

  private LocalKafka() {}

  public static void main(String[] args) {
    Map<String, String> options = LocalOptions.parse(args);
    KraftServerConfig config =
        KraftServerConfig.plaintext(
            Integer.parseInt(LocalOptions.require(options, "port")),
            Integer.parseInt(LocalOptions.require(options, "controller-port")),
            Path.of(LocalOptions.require(options, "log-dir")).toAbsolutePath());
    config.writeTo(Path.of(LocalOptions.require(options, "out")));
  }
}
