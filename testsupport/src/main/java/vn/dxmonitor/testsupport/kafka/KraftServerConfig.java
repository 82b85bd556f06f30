package vn.dxmonitor.testsupport.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one {@code server.properties} of a single-node KRaft broker on loopback, written for the
 * tests' brokers, the benchmarks' and {@code ./dx up}'s alike, so a setting changed here changes
 * everywhere a broker runs outside the compose deployment.
 *
 * @param port the client listener's port
 * @param controllerPort the controller listener's port
 * @param logDir where the broker keeps its log
 * @param partitions the partition count of topics created without one
 * @param scram when set, the client listener admits only this user, over SASL with SCRAM-SHA-512
 * @param tls when set, the client listener speaks TLS with this identity ({@code SSL}, or {@code
 *     SASL_SSL} with a SCRAM user)
 */
public record KraftServerConfig(
    int port, int controllerPort, Path logDir, int partitions, ScramUser scram, BrokerTls tls) {

  public static final int DEFAULT_PARTITIONS = 3;

  public KraftServerConfig {
    Objects.requireNonNull(logDir, "logDir");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
    }
  }

  /** A broker whose client listener is plain text, as on a developer's machine. */
  public static KraftServerConfig plaintext(int port, int controllerPort, Path logDir) {
    return new KraftServerConfig(port, controllerPort, logDir, DEFAULT_PARTITIONS, null, null);
  }

  public KraftServerConfig withPartitions(int count) {
    return new KraftServerConfig(port, controllerPort, logDir, count, scram, tls);
  }

  public KraftServerConfig withScram(ScramUser user) {
    return new KraftServerConfig(
        port, controllerPort, logDir, partitions, Objects.requireNonNull(user), tls);
  }

  public KraftServerConfig withTls(BrokerTls identity) {
    return new KraftServerConfig(
        port, controllerPort, logDir, partitions, scram, Objects.requireNonNull(identity));
  }

  /** The client listener's security protocol, which is also its name. */
  public String protocol() {
    String transport = tls == null ? "PLAINTEXT" : "SSL";
    return scram == null ? transport : "SASL_" + transport;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** The file's text. Replication settings are 1: there is one broker. */
  public String text() {
    String listener = protocol();
    List<String> lines =
        new ArrayList<>(
            List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners="
                    + listener
                    + "://127.0.0.1:"
                    + port
                    + ",CONTROLLER://127.0.0.1:"
                    + controllerPort,
                "advertised.listeners=" + listener + "://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,"
                    + listener
                    + ":"
                    + listener));
    if (scram != null || tls != null) {
      lines.add("inter.broker.listener.name=" + listener);
    }
    if (scram != null) {
      lines.addAll(
          List.of(
              "sasl.enabled.mechanisms=SCRAM-SHA-512",
              "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
              "listener.name."
                  + listener.toLowerCase(Locale.ROOT)
                  + ".scram-sha-512.sasl.jaas.config="
                  + scram.jaasConfig()));
    }
    if (tls != null) {
      lines.addAll(tls.serverProperties());
    }
    lines.addAll(
        List.of(
            "log.dirs=" + logDir,
            "num.partitions=" + partitions,
            "offsets.topic.replication.factor=1",
            // Fifty partitions each (the defaults) spread coordinators over a cluster's brokers; a
            // lone broker gains nothing from them and holds the memory and files of a hundred.
            "offsets.topic.num.partitions=5",
            "transaction.state.log.num.partitions=5",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            // A lone broker has no one to wait for: the first consumer group starts at once.
            "group.initial.rebalance.delay.ms=0",
            // The log cleaner's key map is 128 MB by default, held on the heap from the start:
            // half of the local run's broker heap. 16 MB still dedupes some 700,000 keys a pass,
            // more than a local run's compacted topics (changelogs, the catalog) hold.
            "log.cleaner.dedupe.buffer.size=16777216",
            ""));
    return String.join("\n", lines);
  }

  /** Writes {@link #text()} to {@code file} and returns it. */
  public Path writeTo(Path file) {
    try {
      Files.writeString(file, text(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the broker's configuration to " + file, e);
    }
  }

  /**
   * The arguments of {@code kafka.tools.StorageTool} that format the log directory for this
   * configuration file under {@code clusterId}, with the SCRAM user's credentials where there is
   * one (a KRaft broker learns them only at format time).
   */
  public List<String> formatArguments(Path file, String clusterId) {
    List<String> arguments =
        new ArrayList<>(List.of("format", "-t", clusterId, "-c", file.toString(), "--standalone"));
    if (scram != null) {
      arguments.addAll(
          List.of(
              "--add-scram",
              "SCRAM-SHA-512=[name=" + scram.user() + ",password=" + scram.password() + "]"));
    }
    return arguments;
  }
}
