package vn.dxmonitor.processor.support;

import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The settings that keep one {@link ProcessorTest} class's processor apart from the others'. */
public final class ProcessorInfrastructure {

  private ProcessorInfrastructure() {}

  /**
   * @param name names the application id, the state directory and the index prefix
   * @param elasticsearchUri the node to index into
   */
  public static void register(
      DynamicPropertyRegistry registry, String name, Supplier<Object> elasticsearchUri)
      throws IOException {
    registry.add("dx.elasticsearch.uris", elasticsearchUri);
    registry.add("dx.elasticsearch.index-prefix", () -> name + "-");
    registry.add("spring.kafka.streams.application-id", () -> name);
    String stateDir = Files.createTempDirectory("dx-" + name).toString();
    registry.add("dx.processor.state-dir", () -> stateDir);
  }
}
