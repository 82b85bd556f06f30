package vn.dxmonitor.runtime.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxmonitor.model.deadletter.Replay;
import vn.dxmonitor.runtime.catalog.topic.AuditEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.TopicSnapshot;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * The dead-letter topic as a work queue: read it (every partition, from its beginning to where it
 * ends now, committed records only, no consumer group), group it by reason, and replay chosen
 * letters to {@code dx.metric-events}.
 *
 * <p>A replay is the original record again: the same key, bytes and timestamp (lateness is judged
 * against the time the event was first accepted), its headers without {@code dx.error*}, plus
 * {@code dx.replayed-from: dlt:<partition>:<offset>}. Each replay is recorded on {@code
 * dx.metric-events.dlt-replays} in the same transaction as the event it sends (and, for {@link
 * #replayAudited}, with the audit entry on {@code dx.catalog}), so a letter is replayed at most
 * once from here; should two people replay one letter at the same instant, the processor's
 * deduplication by (source, eventId) still counts the event once.
 */
public final class DeadLetterQueue {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterQueue.class);

  /** Newest first: by record time, then by position. */
  public static final Comparator<Letter> NEWEST_FIRST =
      Comparator.comparing(Letter::timestamp).thenComparing(Letter::id).reversed();

  private final Map<String, Object> config;
  private final Clock clock;

  /**
   * @param config the connection settings (bootstrap servers and security) of a consumer or
   *     producer
   */
  public DeadLetterQueue(Map<String, Object> config, Clock clock) {
    this.config = Map.copyOf(config);
    this.clock = clock;
  }

  /** Every letter now on the topic, newest first, each with its replay when there was one. */
  public List<Letter> read() {
    return read((topic, done, total) -> {});
  }

  /** Every letter, the reading of the dead-letter topic told to {@code progress} as it goes. */
  public List<Letter> read(TopicSnapshot.Progress progress) {
    Map<String, Replay> replays = replays();
    List<Letter> letters = new ArrayList<>();
    TopicSnapshot.read(
        consumerConfig(),
        Topics.METRIC_EVENTS_DLT.name(),
        record -> {
          Letter letter = letter(record);
          Replay replay = replays.get(letter.id().toString());
          letters.add(replay == null ? letter : letter.withReplay(replay));
        },
        progress);
    letters.sort(NEWEST_FIRST);
    return letters;
  }

  /** How many letters each reason has, most first. */
  public static Map<String, Long> countByReason(List<Letter> letters) {
    Map<String, Long> counts =
        letters.stream()
            .collect(
                Collectors.groupingBy(Letter::reasonCode, HashMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  /** Replays every chosen letter it may touch, with no further limit. */
  public ReplayOutcome replay(Selection selection, String actor) {
    return replay(selection, actor, letter -> true);
  }

  /**
   * Replays the chosen letters that {@code allowed} lets through and that were not replayed before.
   *
   * @param actor recorded with each replay: {@code user:<name>}, {@code key:<id>}, {@code
   *     cli:<login>}
   * @param allowed which letters the one replaying may touch; the others are left as if absent
   */
  public ReplayOutcome replay(Selection selection, String actor, Predicate<Letter> allowed) {
    return replay(selection, actor, allowed, outcome -> List.of());
  }

  /**
   * Replays as {@link #replay(Selection, String, Predicate)} does, and writes the audit entry
   * {@code audit} makes of the outcome to {@code dx.catalog} in the same transaction as the events
   * and the records of their replay: a reader of committed records sees the replay and its audit
   * entry together or neither. When nothing is to be replayed, nothing is written.
   *
   * @throws org.apache.kafka.common.KafkaException when the broker did not commit them; then none
   *     was written
   */
  public ReplayOutcome replayAudited(
      Selection selection,
      String actor,
      Predicate<Letter> allowed,
      Function<ReplayOutcome, AuditEntry> audit) {
    return replay(
        selection,
        actor,
        allowed,
        outcome -> List.of(CatalogWriter.auditRecord(audit.apply(outcome))));
  }

  private ReplayOutcome replay(
      Selection selection,
      String actor,
      Predicate<Letter> allowed,
      Function<ReplayOutcome, List<ProducerRecord<String, byte[]>>> alongside) {
    List<Letter> chosen = read().stream().filter(selection::matches).filter(allowed).toList();
    List<LetterId> notFound =
        selection.letters().stream()
            .filter(id -> chosen.stream().noneMatch(letter -> letter.id().equals(id)))
            .sorted()
            .toList();
    List<Letter> already = chosen.stream().filter(Letter::replayed).toList();
    List<Letter> fresh =
        chosen.stream()
            .filter(letter -> !letter.replayed())
            .sorted(Comparator.comparing(Letter::id))
            .toList();
    ReplayOutcome outcome =
        new ReplayOutcome(fresh.stream().map(Letter::id).toList(), already, notFound);
    if (!fresh.isEmpty()) {
      send(fresh, actor, alongside.apply(outcome));
    }
    return outcome;
  }

  private void send(
      List<Letter> letters, String actor, List<ProducerRecord<String, byte[]>> alongside) {
    Map<String, Object> settings = new HashMap<>(config);
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // One transaction per replay, under an id of its own: the events, the records of their replay
    // and what goes alongside (the audit entry) become visible together or not at all.
    settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "dx-dlt-replay-" + UUID.randomUUID());
    Instant now = clock.instant();
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer())) {
      producer.initTransactions();
      producer.beginTransaction();
      try {
        for (Letter letter : letters) {
          producer.send(
              new ProducerRecord<>(
                  Topics.METRIC_EVENTS.name(),
                  null,
                  letter.timestamp().toEpochMilli(),
                  letter.key(),
                  letter.raw(),
                  replayHeaders(letter)));
          Replay replay = new Replay(letter.id().toString(), now, actor, letter.eventId());
          producer.send(
              new ProducerRecord<>(
                  Topics.METRIC_EVENTS_DLT_REPLAYS.name(),
                  letter.id().toString(),
                  JsonCodec.write(replay)));
        }
        alongside.forEach(producer::send);
        producer.commitTransaction();
      } catch (RuntimeException e) {
        producer.abortTransaction();
        throw e;
      }
    }
    log.info("{} replayed {} dead letters", actor, letters.size());
  }

  /** The original headers without the reason, and where the replay comes from. */
  static RecordHeaders replayHeaders(Letter letter) {
    RecordHeaders headers = new RecordHeaders();
    for (LetterHeader header : letter.headers()) {
      if (!header.key().startsWith(Topics.ERROR_HEADER)
          && !header.key().equals(Topics.REPLAYED_FROM_HEADER)) {
        headers.add(header.key(), header.value());
      }
    }
    headers.add(
        Topics.REPLAYED_FROM_HEADER, letter.id().replayedFrom().getBytes(StandardCharsets.UTF_8));
    return headers;
  }

  private Map<String, Replay> replays() {
    Map<String, Replay> replays = new HashMap<>();
    TopicSnapshot.read(
        consumerConfig(),
        Topics.METRIC_EVENTS_DLT_REPLAYS.name(),
        record -> {
          String key = new String(record.key(), StandardCharsets.UTF_8);
          if (record.value() == null) {
            replays.remove(key);
          } else {
            replays.put(key, JsonCodec.read(record.value(), Replay.class));
          }
        });
    return replays;
  }

  private static Letter letter(ConsumerRecord<byte[], byte[]> record) {
    List<LetterHeader> headers = new ArrayList<>();
    for (Header header : record.headers()) {
      headers.add(new LetterHeader(header.key(), header.value()));
    }
    return Letter.of(
        new LetterId(record.partition(), record.offset()),
        Instant.ofEpochMilli(record.timestamp()),
        record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
        record.value(),
        headers);
  }

  private Map<String, Object> consumerConfig() {
    Map<String, Object> settings = new HashMap<>(config);
    // Producer settings may share the map; a consumer would warn about each of them.
    settings.keySet().removeIf(key -> key.startsWith("transaction") || key.equals("acks"));
    return settings;
  }
}
