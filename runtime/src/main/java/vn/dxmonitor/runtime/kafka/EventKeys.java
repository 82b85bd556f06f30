package vn.dxmonitor.runtime.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.CodeResolution;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.value.ValueKey;

/**
 * The key an event is stored under on {@code dx.metric-events}: {@code province|indicator}, the
 * province being the last one its unit stood in (ADR 0006). Everything one event changes — its
 * unit's value and its province's — then lives in one partition, so the processor rolls a commune
 * up to its province without sending anything through Kafka; an event, its retries and its
 * revisions still meet, since they share unit and indicator. Ingest keys what it stores so; the
 * processor moves an event another producer keyed otherwise (say by unit code) to this key first.
 */
public final class EventKeys {

  private EventKeys() {}

  /** The key of {@code event}: its unit resolved as on the event's day, then that unit's route. */
  public static String of(MetricEvent event, UnitHistory units) {
    String unit = event.unit();
    if (unit == null || event.indicator() == null) {
      return unit;
    }
    if (event.occurredAt() != null
        && units.resolve(unit, VietnamTime.dateOf(event.occurredAt()))
            instanceof CodeResolution.Resolved resolved) {
      unit = resolved.unit().code();
    }
    return route(unit, event.indicator(), units);
  }

  /** The key under which the value of {@code unit} for {@code indicator} is kept. */
  public static String route(String unit, String indicator, UnitHistory units) {
    return ValueKey.of(units.lastRoot(unit), indicator);
  }

  /** The partition the default producer partitioner gives {@code key} among {@code partitions}. */
  public static int partitionOf(String key, int partitions) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
  }
}
