package vn.dxmonitor.bench.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dxmonitor.bench.infra.BenchApiKey;
import vn.dxmonitor.bench.infra.FreePorts;
import vn.dxmonitor.bench.infra.JavaCommand;
import vn.dxmonitor.bench.infra.ServiceJar;
import vn.dxmonitor.bench.infra.ServiceProcess;

/**
 * The real ingest application ({@code vn.dxmonitor.ingest.IngestApplication}) in a JVM of its own,
 * on a free port, producing to the benchmark's broker: exactly what is deployed, started the way an
 * operator would start it, with a key issued through its own API.
 */
public final class IngestUnderTest implements AutoCloseable {

  private static final long UNLIMITED = 1_000_000_000L;

  private final ServiceProcess process;
  private final URI base;
  private final String apiKey;

  private IngestUnderTest(ServiceProcess process, URI base, String apiKey) {
    this.process = process;
    this.base = base;
    this.apiKey = apiKey;
  }

  /**
   * Starts the application and returns once {@code /actuator/health} says UP.
   *
   * @param profile whether to record it with Java Flight Recorder into {@code dir/ingest.jfr}
   * @param extraProperties {@code name=value} settings on top of the application's own
   */
  public static IngestUnderTest start(
      String bootstrapServers, Path dir, boolean profile, List<String> extraProperties)
      throws IOException, InterruptedException {
    int port = FreePorts.take(1).get(0);
    BenchApiKey key = new BenchApiKey();
    List<String> arguments = new ArrayList<>();
    arguments.add("--server.port=" + port);
    arguments.add("--server.address=127.0.0.1");
    arguments.add("--spring.kafka.bootstrap-servers=" + bootstrapServers);
    arguments.addAll(key.ingestArguments(dir));
    // Each key's rate limit is lifted: the benchmark measures what the service can store, not
    // the allowance a key is given. The limiter still runs on every request.
    arguments.add("--dx.ingest.rate.events-per-second=" + UNLIMITED);
    arguments.add("--dx.ingest.rate.burst=" + UNLIMITED);
    extraProperties.forEach(property -> arguments.add("--" + property));
    List<String> jvmOptions = new ArrayList<>(List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC"));
    if (profile) {
      // Deep stacks: a Spring MVC request is well over JFR's default 64 frames deep.
      jvmOptions.add("-XX:FlightRecorderOptions=stackdepth=512");
      jvmOptions.add(
          "-XX:StartFlightRecording=settings=profile,filename=" + dir.resolve("ingest.jfr"));
    }
    JavaCommand command =
        new JavaCommand(ServiceJar.of("ingest"), jvmOptions, ServiceJar.LAUNCHER, arguments);
    ServiceProcess process =
        ServiceProcess.start("ingest application", command, dir.resolve("ingest.log"));
    URI base = URI.create("http://127.0.0.1:" + port);
    try {
      process.awaitHealthy(base);
      return new IngestUnderTest(process, base, key.issueThroughCatalog(bootstrapServers, base));
    } catch (RuntimeException | IOException | InterruptedException e) {
      process.close();
      throw e;
    }
  }

  public URI base() {
    return base;
  }

  public String apiKey() {
    return apiKey;
  }

  public ProcessHandle handle() {
    return process.handle();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return process.log();
  }

  @Override
  public void close() {
    process.close();
  }
}
