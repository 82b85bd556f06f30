package vn.dxmonitor.dashboard.submission;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.model.submission.Submission;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.TopicFollower;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * Every submission, as {@code dx.submissions} has it: each dashboard instance follows the whole
 * topic, so a reporter's submit on one is a verifier's work on another within moments. A write of
 * this instance is applied at once; a record read after it that is older (the follower behind its
 * own writes) changes nothing.
 */
public final class SubmissionBook implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SubmissionBook.class);

  private final Map<String, Submission> byId = new ConcurrentHashMap<>();
  private final TopicFollower follower;

  public SubmissionBook(Map<String, Object> consumerConfig) {
    this.follower = new TopicFollower(Topics.SUBMISSIONS.name(), consumerConfig, this::read);
  }

  public void start() {
    follower.start();
  }

  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    return follower.awaitCaughtUp(timeout);
  }

  /** Whether every submission that existed when it started has been read. */
  public boolean isCaughtUp() {
    try {
      return follower.awaitCaughtUp(Duration.ZERO);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public Optional<Submission> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The submissions that pass {@code filter}, in no particular order. */
  public List<Submission> matching(Predicate<Submission> filter) {
    return byId.values().stream().filter(filter).toList();
  }

  /** Applies a submission this instance wrote, or one read from the topic, unless older. */
  void apply(Submission submission) {
    byId.merge(
        submission.id(),
        submission,
        (known, given) -> given.version() >= known.version() ? given : known);
  }

  private void read(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      byId.remove(record.key());
      return;
    }
    try {
      apply(JsonCodec.read(record.value(), Submission.class));
    } catch (RuntimeException e) {
      log.error(
          "Skipped unreadable submission {}@{} (key {})",
          record.topic() + "-" + record.partition(),
          record.offset(),
          record.key(),
          e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    follower.close();
  }
}
