package vn.dxmonitor.alerting.engine;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * Which partition of the engine's inputs a province's records go to: what Kafka's default
 * partitioner does with a string key (murmur2 of its UTF-8 bytes), and so which engine task owns
 * the province.
 */
public final class ProvincePartitions {

  private ProvincePartitions() {}

  public static int partitionOf(String province, int partitions) {
    return Utils.toPositive(Utils.murmur2(province.getBytes(StandardCharsets.UTF_8))) % partitions;
  }
}
