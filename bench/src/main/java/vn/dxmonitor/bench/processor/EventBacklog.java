package vn.dxmonitor.bench.processor;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;
import vn.dxmonitor.model.value.ValueKey;

/**
 * Fills {@code dx.metric-events} with the events both the baseline and the processor read: every
 * commune of the country in turn, on ten indicators (eight ratios of counts and two counters, all
 * rolling up to the province), {@code occurredAt} spread over the last three days — the JSON a
 * source system sends, keyed {@code province|indicator} as the ingest API keys it.
 */
public final class EventBacklog {

  public static final List<String> INDICATORS =
      List.of(
          "work-records-online",
          "tthc-dossiers-online",
          "eligible-procedures-full-online",
          "tthc-results-digitized",
          "reports-on-gov-reporting-system",
          "inspections-online",
          "officials-basic-digital-skills-trained",
          "online-services-multichannel",
          "smart-cities",
          "digital-tech-enterprises");
  private static final long SPREAD_SECONDS = 3 * 24 * 3600;

  private EventBacklog() {}

  public static void write(
      String bootstrapServers, String topic, NationalUnits units, long count, PrintStream out)
      throws java.io.IOException {
    List<String> communes = units.communes();
    Map<String, String> provinces = units.provinceOfCommune();
    Random random = new Random(2026);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    AtomicReference<Exception> failure = new AtomicReference<>();
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.LINGER_MS_CONFIG,
            20,
            ProducerConfig.BATCH_SIZE_CONFIG,
            262_144);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      for (long i = 0; i < count; i++) {
        String unit = communes.get(random.nextInt(communes.size()));
        String indicator = INDICATORS.get(random.nextInt(INDICATORS.size()));
        Instant at = now.minusSeconds(60 + random.nextLong(SPREAD_SECONDS));
        String figures =
            indicator.equals("smart-cities") || indicator.equals("digital-tech-enterprises")
                ? "\"count\":1"
                : "\"numerator\":" + random.nextInt(2) + ",\"denominator\":1";
        String event =
            String.format(
                Locale.ROOT,
                "{\"eventId\":\"backlog-%d\",\"source\":\"bench\",\"unit\":\"%s\","
                    + "\"indicator\":\"%s\",\"occurredAt\":\"%s\",%s}",
                i,
                unit,
                indicator,
                at,
                figures);
        producer.send(
            new ProducerRecord<>(topic, ValueKey.of(provinces.get(unit), indicator), event),
            (metadata, e) -> {
              if (e != null) {
                failure.compareAndSet(null, e);
              }
            });
        if ((i + 1) % 100_000 == 0) {
          out.printf(Locale.ROOT, "  %,d of %,d events written%n", i + 1, count);
        }
      }
      producer.flush();
    }
    if (failure.get() != null) {
      throw new BenchmarkFailedException("writing the backlog failed: " + failure.get());
    }
  }
}
