package vn.dxmonitor.bench.processor;

import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The floor under the processor: the least a Kafka Streams application does to count each event
 * exactly once and bring it to where its roll-up lives — read it, remember that it was seen, in a
 * changelogged store, pass it once through a repartition topic, committed with its offset — and
 * nothing else: no parsing, no roll-up, no output. Run as a JVM of its own with the processor's
 * guarantee and commit interval, it shows how much of the processor's rate the framework itself
 * takes on this machine.
 *
 * <p>Arguments: bootstrap servers, application id, state directory, processing guarantee.
 */
public final class StreamsFloor {

  private static final String SEEN = "seen";

  /** The name of its repartition topic, after the application id. */
  static final String REPARTITION = "events";

  private StreamsFloor() {}

  public static void main(String[] args) throws InterruptedException {
    Properties config = new Properties();
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, args[1]);
    config.put(StreamsConfig.STATE_DIR_CONFIG, args[2]);
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, args[3]);
    config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    config.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(SEEN), Serdes.ByteArray(), Serdes.Long()));
    builder.stream(
            ProcessorBenchmark.METRIC_EVENTS, Consumed.with(Serdes.String(), Serdes.ByteArray()))
        .processValues(Remember::new, SEEN)
        .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName(REPARTITION))
        .foreach((unit, event) -> {});
    KafkaStreams streams = new KafkaStreams(builder.build(), config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  streams.close();
                  stopped.countDown();
                }));
    streams.start();
    stopped.await();
  }

  /**
   * Remembers each record's bytes as seen, one store write and one changelog record per event, and
   * passes on the first sighting.
   */
  private static final class Remember implements FixedKeyProcessor<String, byte[], byte[]> {

    private KeyValueStore<byte[], Long> seen;
    private FixedKeyProcessorContext<String, byte[]> context;

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
      this.context = context;
      this.seen = context.getStateStore(SEEN);
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
      if (seen.get(record.value()) == null) {
        seen.put(record.value(), context.currentSystemTimeMs());
        context.forward(record);
      }
    }
  }
}
