package vn.dxmonitor.platform.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.dxmonitor.testsupport.elasticsearch.SharedElasticsearch;

/** What a {@link PlatformTest} needs beside its broker, named after the run so tests don't mix. */
public final class PlatformInfrastructure {

  private PlatformInfrastructure() {}

  /**
   * Points the platform at the shared Elasticsearch node, a state directory and an administrator
   * key file of its own.
   *
   * @param run prefix of the test's indices and Kafka Streams application id
   * @return the administrator key file, for {@link PlatformApi}
   */
  public static Path register(DynamicPropertyRegistry registry, String run) throws IOException {
    registry.add("dx.elasticsearch.uris", SharedElasticsearch::uri);
    registry.add("dx.elasticsearch.index-prefix", () -> run + "-");
    registry.add("spring.kafka.streams.application-id", () -> run);
    String stateDir = Files.createTempDirectory("dx-" + run + "-streams").toString();
    registry.add("dx.processor.state-dir", () -> stateDir);
    registry.add("dx.alerting.application-id", () -> run + "-alerting");
    String alertingDir = Files.createTempDirectory("dx-" + run + "-alerting").toString();
    registry.add("dx.alerting.state-dir", () -> alertingDir);
    Path adminKeyFile = PlatformApi.newAdminKeyFile();
    registry.add("dx.keys.admin-key-file", adminKeyFile::toString);
    registry.add(
        "dx.security.admin-password-file",
        () -> PlatformApi.adminPasswordFile(adminKeyFile).toString());
    return adminKeyFile;
  }
}
