package vn.dxmonitor.processor.settings;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param stateDir where Kafka Streams keeps its RocksDB stores
 * @param statusInterval how often every value is re-evaluated against the clock, so statuses move
 *     with time alone
 * @param publishInterval how often the values that events changed are published: a key changed many
 *     times within it is published once
 * @param catchUpPublishInterval how often they are published while the processor catches up on a
 *     backlog, which it does when the oldest unpublished contribution is older than this
 * @param indexing whether this process also keeps Elasticsearch equal to the values and history
 *     topics; off for an instance that only processes, when the indexers run elsewhere
 * @param rocksdbMemory the bound on the memory of all the process's RocksDB stores together (read
 *     by {@code BoundedRocksDbMemory} through the streams configuration)
 */
@ConfigurationProperties("dx.processor")
public record ProcessorProperties(
    String stateDir,
    @DefaultValue("1m") Duration statusInterval,
    @DefaultValue("100ms") Duration publishInterval,
    @DefaultValue("5s") Duration catchUpPublishInterval,
    @DefaultValue("true") boolean indexing,
    @DefaultValue("64MB") DataSize rocksdbMemory) {

  public ProcessorProperties {
    if (catchUpPublishInterval.compareTo(publishInterval) < 0) {
      throw new IllegalArgumentException(
          "dx.processor.catch-up-publish-interval ("
              + catchUpPublishInterval
              + ") must not be shorter than dx.processor.publish-interval ("
              + publishInterval
              + ")");
    }
  }
}
