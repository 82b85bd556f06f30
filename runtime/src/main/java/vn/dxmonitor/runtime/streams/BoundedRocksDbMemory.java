package vn.dxmonitor.runtime.streams;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;
import org.springframework.util.unit.DataSize;

/**
 * Bounds the memory of every RocksDB store of a Kafka Streams application of this process together:
 * all share one block cache, and their write buffers (memtables) are charged against that same
 * cache, so the stores of every task — however many partitions the instance is given — stay within
 * {@value #MEMORY_CONFIG} (default {@value #DEFAULT_MEMORY}). Index and filter blocks are cached
 * too, or they would grow unbounded outside it. The processor sets the bound from {@code
 * dx.processor.rocksdb-memory}, alerting from {@code dx.alerting.rocksdb-memory}; in the platform,
 * where both run in one JVM, each keeps its own (applications with equal bounds share one).
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

  /** The Kafka Streams property carrying the bound. */
  public static final String MEMORY_CONFIG = "dx.rocksdb.memory";

  static final String DEFAULT_MEMORY = "64MB";

  /** A quarter of the bound may hold write buffers; the rest caches blocks. */
  private static final double WRITE_BUFFER_SHARE = 0.25;

  private static final Map<Long, Shared> SHARED = new HashMap<>();

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    Shared memory = shared(configs);
    BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
    table.setBlockCache(memory.cache());
    table.setCacheIndexAndFilterBlocks(true);
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    table.setPinTopLevelIndexAndFilter(true);
    options.setWriteBufferManager(memory.writeBuffers());
    options.setTableFormatConfig(table);
  }

  @Override
  public void close(String storeName, Options options) {
    // The cache and write buffer manager are shared by every store: they live as long as the JVM.
  }

  /** The bound in bytes, from the streams configuration. */
  static long bytes(Map<String, Object> configs) {
    Object value = configs.getOrDefault(MEMORY_CONFIG, DEFAULT_MEMORY);
    long bytes;
    try {
      bytes = DataSize.parse(value.toString().trim()).toBytes();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the RocksDB memory bound (dx.processor.rocksdb-memory, dx.alerting.rocksdb-memory) must"
              + " be a size such as 64MB, but was '"
              + value
              + "'",
          e);
    }
    if (bytes < 8L * 1024 * 1024) {
      throw new IllegalArgumentException(
          "the RocksDB memory bound (dx.processor.rocksdb-memory, dx.alerting.rocksdb-memory) must"
              + " be at least 8MB, but was "
              + value);
    }
    return bytes;
  }

  private static synchronized Shared shared(Map<String, Object> configs) {
    return SHARED.computeIfAbsent(
        bytes(configs),
        bytes -> {
          // Not strict: under pressure RocksDB may briefly pass the bound rather than fail a read.
          Cache cache = new LRUCache(bytes, -1, false, 0.1);
          return new Shared(
              cache, new WriteBufferManager((long) (bytes * WRITE_BUFFER_SHARE), cache));
        });
  }

  private record Shared(Cache cache, WriteBufferManager writeBuffers) {}
}
