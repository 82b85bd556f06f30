package vn.dxmonitor.processor.reprocess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * Makes the processor start over from the first event: its consumer group is deleted (so it reads
 * {@code dx.metric-events} from the beginning), its internal topics — the changelogs of its stores
 * and its repartition topics — are deleted, and so is its local state. The outputs need no reset:
 * every value and history point is published again under the same key, and indexed under the same
 * id. Refuses while any processor instance is running, since a running one would write its old
 * state back.
 */
public final class StreamsReset {

  /** What was reset. */
  public record Outcome(boolean groupDeleted, List<String> topicsDeleted, boolean stateDeleted) {}

  private final Admin admin;

  public StreamsReset(Admin admin) {
    this.admin = admin;
  }

  /**
   * @param applicationId the Kafka Streams application id, which names the group and topics
   * @param stateDir the processor's state directory; its {@code applicationId} folder is deleted
   * @throws IllegalStateException while an instance of the application is still running
   */
  public Outcome reset(String applicationId, Path stateDir)
      throws ExecutionException, InterruptedException, IOException {
    boolean groupDeleted = deleteGroup(applicationId);
    List<String> internal =
        admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get().stream()
            .filter(topic -> isInternalTopicOf(applicationId, topic))
            .sorted()
            .toList();
    if (!internal.isEmpty()) {
      admin.deleteTopics(internal).all().get();
    }
    return new Outcome(groupDeleted, internal, deleteTree(stateDir.resolve(applicationId)));
  }

  static boolean isInternalTopicOf(String applicationId, String topic) {
    return topic.startsWith(applicationId + "-")
        && (topic.endsWith("-changelog") || topic.endsWith("-repartition"));
  }

  private boolean deleteGroup(String applicationId)
      throws ExecutionException, InterruptedException {
    ConsumerGroupDescription group;
    try {
      group = admin.describeConsumerGroups(Set.of(applicationId)).all().get().get(applicationId);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GroupIdNotFoundException) {
        return false;
      }
      throw e;
    }
    if (!group.members().isEmpty()) {
      throw new IllegalStateException(
          "the processor is still running ("
              + group.members().size()
              + " member(s) in group "
              + applicationId
              + "); stop every instance first");
    }
    try {
      admin.deleteConsumerGroups(Set.of(applicationId)).all().get();
      return true;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GroupIdNotFoundException) {
        return false;
      }
      throw e;
    }
  }

  private static boolean deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return false;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
    return true;
  }
}
