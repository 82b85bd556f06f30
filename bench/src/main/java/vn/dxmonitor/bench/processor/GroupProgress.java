package vn.dxmonitor.bench.processor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * How far a Kafka Streams application has come, from what its group committed: records of the input
 * topic read, and records still waiting on its own repartition topic (its second stage); and where
 * a consumer group starts.
 */
public final class GroupProgress implements AutoCloseable {

  private final Admin admin;

  public GroupProgress(String bootstrapServers) {
    this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
  }

  /** Committed minus first offset, summed over the topic's partitions: records read. */
  long consumed(String group, String topic) throws InterruptedException {
    Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
    long read = 0;
    for (TopicPartition partition : partitions(topic)) {
      OffsetAndMetadata offset = committed.get(partition);
      if (offset != null) {
        read += offset.offset();
      }
    }
    return read;
  }

  /**
   * Records of the topic the group has not read yet. A transaction's commit marker takes an offset
   * of its own, so a group that has read everything may stand one short of the end per partition.
   */
  public long lag(String group, String topic) throws InterruptedException {
    Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
    List<TopicPartition> partitions = partitions(topic);
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = ends(partitions);
    long lag = 0;
    for (TopicPartition partition : partitions) {
      OffsetAndMetadata offset = committed.get(partition);
      long end = ends.get(partition).offset();
      lag += Math.max(0, end - (offset == null ? 0 : offset.offset()) - 1);
    }
    return lag;
  }

  /**
   * Commits the end of every partition of the topic for a group that is not running, so that it
   * starts there instead of reading what is already in the topic.
   */
  void skipToEnd(String group, String topic) throws InterruptedException {
    List<TopicPartition> partitions = partitions(topic);
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = ends(partitions);
    Map<TopicPartition, OffsetAndMetadata> offsets = new java.util.HashMap<>();
    ends.forEach((partition, end) -> offsets.put(partition, new OffsetAndMetadata(end.offset())));
    get(admin.alterConsumerGroupOffsets(group, offsets).all());
  }

  private Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends(
      List<TopicPartition> partitions) throws InterruptedException {
    return get(
        admin
            .listOffsets(
                partitions.stream()
                    .collect(java.util.stream.Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
            .all());
  }

  private Map<TopicPartition, OffsetAndMetadata> committed(String group)
      throws InterruptedException {
    return get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
  }

  private List<TopicPartition> partitions(String topic) throws InterruptedException {
    List<TopicPartitionInfo> infos =
        get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions();
    return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
  }

  private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future)
      throws InterruptedException {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the broker did not answer: " + e, e);
    }
  }

  @Override
  public void close() {
    admin.close();
  }
}
