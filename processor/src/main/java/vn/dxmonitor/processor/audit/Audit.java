package vn.dxmonitor.processor.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.value.IndicatorValue;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.TopicSnapshot;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * Recomputes every value from {@code dx.metric-events} and compares it with what the processor
 * published on {@code dx.indicator-values} and indexed in {@code dx-indicators}: the proof that no
 * event was lost or counted twice, for instance after processes were killed. Run it once the
 * processor and the indexer have caught up with the events; an event still on its way shows as a
 * difference.
 *
 * <p>Events the processor dead-lettered (found by idempotency key and content on {@code
 * dx.metric-events.dlt}) are left out of the recount, as are records that are no event at all.
 */
public final class Audit {

  /**
   * @param events records read from the events topic
   * @param counted of those, the ones that changed a figure (new, revised or retracted) and were
   *     not dead-lettered
   * @param deadLetters records on the dead-letter topic
   * @param keys units and indicators compared
   * @param topic differences between the recount and the values topic
   * @param index differences between the recount and the index
   */
  public record Result(
      long events,
      long counted,
      long deadLetters,
      int keys,
      List<Difference> topic,
      List<Difference> index) {

    public boolean clean() {
      return topic.isEmpty() && index.isEmpty();
    }
  }

  private final CatalogSource catalog;
  private final Map<String, Object> kafka;
  private final ElasticsearchClient elasticsearch;
  private final String index;

  /**
   * @param kafka consumer settings: bootstrap servers and any security
   * @param index the name of {@code dx-indicators} with the deployment's prefix
   */
  public Audit(
      CatalogSource catalog,
      Map<String, Object> kafka,
      ElasticsearchClient elasticsearch,
      String index) {
    this.catalog = catalog;
    this.kafka = Map.copyOf(kafka);
    this.elasticsearch = elasticsearch;
    this.index = index;
  }

  public Result run(TopicSnapshot.Progress progress) throws IOException {
    return run(progress, event -> {});
  }

  /**
   * @param read told of every event on the events topic, dead-lettered or not: what a sender can
   *     check its accepted events against
   */
  public Result run(TopicSnapshot.Progress progress, Consumer<MetricEvent> read)
      throws IOException {
    Set<String> deadLettered = new HashSet<>();
    long deadLetters =
        TopicSnapshot.read(
            kafka,
            Topics.METRIC_EVENTS_DLT.name(),
            record -> parse(record.value()).ifPresent(e -> deadLettered.add(e.retryKey())),
            progress);
    Recount recount = new Recount(catalog);
    long events =
        TopicSnapshot.read(
            kafka,
            Topics.METRIC_EVENTS.name(),
            record ->
                parse(record.value())
                    .ifPresent(
                        event -> {
                          read.accept(event);
                          if (!deadLettered.contains(event.retryKey())) {
                            recount.add(event);
                          }
                        }),
            progress);
    Map<String, IndicatorValue> published = new HashMap<>();
    StringDeserializer keys = new StringDeserializer();
    TopicSnapshot.read(
        kafka,
        Topics.INDICATOR_VALUES.name(),
        record -> {
          String key = keys.deserialize(Topics.INDICATOR_VALUES.name(), record.key());
          if (record.value() == null) {
            published.remove(key);
          } else {
            published.put(key, JsonCodec.read(record.value(), IndicatorValue.class));
          }
        },
        progress);
    Map<String, IndicatorValue> indexed = IndexedValues.read(elasticsearch, index);
    return new Result(
        events,
        recount.counted(),
        deadLetters,
        recount.keys().size(),
        ValueComparison.compare(recount, published, "topic"),
        ValueComparison.compare(recount, indexed, "index"));
  }

  private static Optional<MetricEvent> parse(byte[] raw) {
    if (raw == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(JsonCodec.read(raw, MetricEvent.class));
    } catch (RuntimeException notAnEvent) {
      return Optional.empty();
    }
  }
}
