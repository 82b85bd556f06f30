package vn.dxmonitor.processor.reprocess;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How far a consumer group has read a topic: what it has consumed of what there is. */
public final class ProcessingProgress {

  /** Records consumed and records present, over every partition. */
  public record Progress(long consumed, long total) {

    public boolean isDone() {
      return consumed >= total;
    }
  }

  private final Admin admin;

  public ProcessingProgress(Admin admin) {
    this.admin = admin;
  }

  public Progress of(String groupId, String topic) throws ExecutionException, InterruptedException {
    Set<TopicPartition> partitions =
        admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic).partitions().stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .collect(Collectors.toSet());
    Map<TopicPartition, Long> first = offsets(partitions, OffsetSpec.earliest());
    Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
    long consumed = 0;
    long total = 0;
    for (TopicPartition partition : partitions) {
      long start = first.get(partition);
      total += end.get(partition) - start;
      OffsetAndMetadata at = committed.get(partition);
      consumed += at == null ? 0 : Math.max(0, at.offset() - start);
    }
    return new Progress(Math.min(consumed, total), total);
  }

  private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec)
      throws ExecutionException, InterruptedException {
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> infos =
        admin
            .listOffsets(
                partitions.stream().collect(Collectors.toMap(partition -> partition, p -> spec)))
            .all()
            .get();
    return infos.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
  }
}
