package vn.dxmonitor.processor.topology;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.value.ValueKey;
import vn.dxmonitor.runtime.kafka.EventKeys;

/**
 * Sends a record keyed {@code unit|indicator} to the partition where that value lives: the one the
 * events of the unit's last province and the indicator are read from, so it meets the contributions
 * made there without crossing.
 */
final class ValuePartitioner<V> implements StreamPartitioner<String, V> {

  private final CatalogSource catalog;

  ValuePartitioner(CatalogSource catalog) {
    this.catalog = catalog;
  }

  @Override
  public Optional<Set<Integer>> partitions(String topic, String key, V value, int partitions) {
    ValueKey valueKey = ValueKey.parse(key);
    String route = EventKeys.route(valueKey.unit(), valueKey.indicator(), catalog.units());
    return Optional.of(Set.of(EventKeys.partitionOf(route, partitions)));
  }
}
