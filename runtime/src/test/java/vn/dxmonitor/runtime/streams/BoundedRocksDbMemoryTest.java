package vn.dxmonitor.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class BoundedRocksDbMemoryTest {

  static {
    RocksDB.loadLibrary();
  }

  @Test
  void everyStoreSharesOneWriteBufferManagerAndCachesItsIndexBlocks() {
    BoundedRocksDbMemory setter = new BoundedRocksDbMemory();
    try (Options first = withTable();
        Options second = withTable()) {
      setter.setConfig("a", first, Map.of(BoundedRocksDbMemory.MEMORY_CONFIG, "32MB"));
      setter.setConfig("b", second, Map.of(BoundedRocksDbMemory.MEMORY_CONFIG, "32MB"));

      assertThat(first.writeBufferManager()).isNotNull().isSameAs(second.writeBufferManager());
      BlockBasedTableConfig table = (BlockBasedTableConfig) first.tableFormatConfig();
      assertThat(table.cacheIndexAndFilterBlocks()).isTrue();
      assertThat(table.pinTopLevelIndexAndFilter()).isTrue();
    }
  }

  @Test
  void applicationsWithDifferentBoundsInOneProcessKeepTheirOwn() {
    BoundedRocksDbMemory setter = new BoundedRocksDbMemory();
    try (Options processor = withTable();
        Options alerting = withTable()) {
      setter.setConfig("values", processor, Map.of(BoundedRocksDbMemory.MEMORY_CONFIG, "48MB"));
      setter.setConfig("alerts", alerting, Map.of(BoundedRocksDbMemory.MEMORY_CONFIG, "16MB"));

      assertThat(processor.writeBufferManager()).isNotSameAs(alerting.writeBufferManager());
    }
  }

  @Test
  void theBoundIsReadAsASizeAndABadOneIsNamed() {
    assertThat(BoundedRocksDbMemory.bytes(Map.of())).isEqualTo(64L * 1024 * 1024);
    assertThat(BoundedRocksDbMemory.bytes(Map.of(BoundedRocksDbMemory.MEMORY_CONFIG, "1GB")))
        .isEqualTo(1024L * 1024 * 1024);
    assertThatThrownBy(
            () -> BoundedRocksDbMemory.bytes(Map.of(BoundedRocksDbMemory.MEMORY_CONFIG, "lots")))
        .hasMessageContaining("dx.processor.rocksdb-memory")
        .hasMessageContaining("'lots'");
    assertThatThrownBy(
            () -> BoundedRocksDbMemory.bytes(Map.of(BoundedRocksDbMemory.MEMORY_CONFIG, "1MB")))
        .hasMessageContaining("at least 8MB");
  }

  private static Options withTable() {
    Options options = new Options();
    options.setTableFormatConfig(new BlockBasedTableConfig());
    return options;
  }
}
