package vn.dxmonitor.runtime.catalog.topic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitVersion;
import vn.dxmonitor.runtime.accounts.Account;
import vn.dxmonitor.runtime.catalog.CatalogReader;
import vn.dxmonitor.runtime.catalog.IndicatorDocument;
import vn.dxmonitor.runtime.catalog.InvalidCatalogException;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.TopicFollower;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * This process's copy of {@code dx.catalog}: read from the beginning on start, then followed, so
 * every instance of every service agrees on the catalog and a change needs no restart. It reads
 * without a consumer group, since every instance needs every record. Readers get immutable
 * snapshots, rebuilt on the first read after a change.
 */
public final class CatalogView implements CatalogSource, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CatalogView.class);

  private final TopicFollower follower;
  private final Map<String, UnitVersion> units = new ConcurrentHashMap<>();
  private final Map<String, Succession> successions = new ConcurrentHashMap<>();
  private final Map<String, IndicatorDocument> indicators = new ConcurrentSkipListMap<>();
  private final Map<String, NavigableMap<Integer, PlanVersion>> plans =
      new ConcurrentSkipListMap<>();
  private final NavigableMap<String, AuditEntry> audit = new ConcurrentSkipListMap<>();
  private final Map<String, Account> accounts = new ConcurrentSkipListMap<>();
  // Entries other packages read in their own terms (API keys, alerting configuration): kept as
  // written, with a version per kind that grows on every change, so a reader caches what it parsed.
  private final Map<String, NavigableMap<String, byte[]>> entries = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> entryVersions = new ConcurrentHashMap<>();
  private final Map<Integer, Long> applied = new ConcurrentHashMap<>();
  private volatile boolean unitsChanged = true;
  private volatile boolean catalogChanged = true;
  private volatile UnitHistory history;
  private volatile Catalog catalog;
  // The catalogs in force on the days read lately, while the catalog stays as it is: every value
  // the
  // processor makes and every status a page shows reads the one of its day. Grows on every change.
  private final AtomicLong catalogGeneration = new AtomicLong();
  private volatile DayCatalogs dayCatalogs = new DayCatalogs(-1);

  public CatalogView(Map<String, Object> consumerConfig) {
    this.follower = new TopicFollower(Topics.CATALOG.name(), consumerConfig, new Follow());
  }

  public void start() {
    follower.start();
  }

  /** Waits until every record that existed when the view started has been read. */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    return follower.awaitCaughtUp(timeout);
  }

  /**
   * Waits until the view has read back what was just written, so that the writer's next read sees
   * its own write.
   *
   * @param what what was written, for the error
   * @throws IllegalStateException when it is not read back in time, or the wait is interrupted
   */
  public void requireApplied(RecordMetadata written, Duration timeout, String what) {
    try {
      if (written != null && !awaitApplied(written, timeout)) {
        throw new IllegalStateException(what + " was written but not read back in " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + what + " back", e);
    }
  }

  /**
   * Waits until the view has read the record at {@code written}, so that a writer reads its own
   * write through the view.
   */
  public boolean awaitApplied(RecordMetadata written, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (applied) {
      while (applied.getOrDefault(written.partition(), -1L) < written.offset()) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return false;
        }
        applied.wait(left);
      }
    }
    return true;
  }

  /**
   * The unit history as the topic has it now. Read on every event, so the usual case — nothing
   * changed — takes no lock.
   */
  @Override
  public UnitHistory units() {
    UnitHistory current = history;
    return unitsChanged || current == null ? rebuildUnits() : current;
  }

  private synchronized UnitHistory rebuildUnits() {
    if (unitsChanged || history == null) {
      unitsChanged = false;
      // In level and code order, so that every instance lists a unit's children alike.
      List<UnitVersion> ordered =
          units.values().stream()
              .sorted(
                  java.util.Comparator.comparing((UnitVersion v) -> v.unit().level())
                      .thenComparing(v -> v.unit().code()))
              .toList();
      history = new UnitHistory(ordered, List.copyOf(successions.values()));
    }
    return history;
  }

  /**
   * The catalog as the topic has it now: each plan in its latest version; lock-free if unchanged.
   */
  @Override
  public Catalog catalog() {
    Catalog current = catalog;
    return catalogChanged || current == null ? rebuildCatalog() : current;
  }

  private synchronized Catalog rebuildCatalog() {
    if (catalogChanged || catalog == null) {
      catalogChanged = false;
      catalog = build(null);
    }
    return catalog;
  }

  /** Each plan in the version that applied at {@code instant}. */
  @Override
  public Catalog catalogAt(Instant instant) {
    return build(instant);
  }

  /**
   * The catalog in force on the day, remembered until the catalog changes. Where every plan's
   * latest version already applied at the day's end it is the latest catalog itself, the same
   * object {@link #catalog()} returns.
   */
  @Override
  public Catalog catalogOn(LocalDate day) {
    long generation = catalogGeneration.get();
    DayCatalogs remembered = dayCatalogs;
    if (remembered.generation() != generation
        || remembered.byDay().size() >= DayCatalogs.DAYS_REMEMBERED) {
      remembered = new DayCatalogs(generation);
      dayCatalogs = remembered;
    }
    return remembered.byDay().computeIfAbsent(day, d -> inForceAt(VietnamTime.endOf(d)));
  }

  private Catalog inForceAt(Instant at) {
    boolean latest =
        plans.values().stream()
            .allMatch(
                versions ->
                    versions.isEmpty()
                        || versionAt(versions, at).orElseThrow()
                            == versions.lastEntry().getValue());
    return latest ? catalog() : build(at);
  }

  /** The catalogs of the days read since the catalog's generation {@code generation}. */
  private record DayCatalogs(long generation, Map<LocalDate, Catalog> byDay) {

    static final int DAYS_REMEMBERED = 64;

    DayCatalogs(long generation) {
      this(generation, new ConcurrentHashMap<>());
    }
  }

  public List<IndicatorDocument> indicatorDocuments() {
    return List.copyOf(indicators.values());
  }

  public Optional<IndicatorDocument> indicatorDocument(String id) {
    return Optional.ofNullable(indicators.get(id));
  }

  /** The latest version of every plan. */
  public List<PlanVersion> latestPlans() {
    return plans.values().stream()
        .filter(versions -> !versions.isEmpty())
        .map(versions -> versions.lastEntry().getValue())
        .toList();
  }

  /** Every version of the plan, oldest first; empty for an unknown plan. */
  public List<PlanVersion> planVersions(String id) {
    NavigableMap<Integer, PlanVersion> versions = plans.get(id);
    return versions == null ? List.of() : List.copyOf(versions.values());
  }

  /** The audit trail, oldest first. */
  public List<AuditEntry> audit() {
    return List.copyOf(audit.values());
  }

  /** Every dashboard account, by name, the disabled ones too. */
  public List<Account> accounts() {
    return List.copyOf(accounts.values());
  }

  public Optional<Account> account(String name) {
    return Optional.ofNullable(accounts.get(name));
  }

  /** An alerting configuration entry's JSON, as written. */
  public Optional<byte[]> alertingEntry(String name) {
    return Optional.ofNullable(entries(CatalogKey.ALERTING).get(name));
  }

  /** The alerting entries whose names start with {@code prefix}, by name. */
  public Map<String, byte[]> alertingEntries(String prefix) {
    return Map.copyOf(entries(CatalogKey.ALERTING).subMap(prefix, prefix + Character.MAX_VALUE));
  }

  /** Grows whenever an alerting entry changes: a reader caches what it parsed against it. */
  public long alertingVersion() {
    return entriesVersion(CatalogKey.ALERTING);
  }

  /** Every API key entry's JSON as written, by key id. */
  public Map<String, byte[]> apiKeyEntries() {
    return Map.copyOf(entries(CatalogKey.API_KEY));
  }

  /** Grows whenever an API key entry changes: a reader caches what it parsed against it. */
  public long apiKeysVersion() {
    return entriesVersion(CatalogKey.API_KEY);
  }

  private NavigableMap<String, byte[]> entries(String kind) {
    return entries.computeIfAbsent(kind, k -> new ConcurrentSkipListMap<>());
  }

  private long entriesVersion(String kind) {
    return entryVersions.computeIfAbsent(kind, k -> new AtomicLong()).get();
  }

  private void putEntry(String kind, String key, byte[] value) {
    String name = key.substring(kind.length() + 1);
    if (value == null) {
      entries(kind).remove(name);
    } else {
      entries(kind).put(name, value);
    }
    entryVersions.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
  }

  public boolean hasUnits() {
    return !units.isEmpty();
  }

  private Catalog build(Instant at) {
    List<Indicator> read = new ArrayList<>();
    for (IndicatorDocument document : indicators.values()) {
      try {
        read.add(CatalogReader.indicator(document));
      } catch (InvalidCatalogException e) {
        log.error("Catalog entry skipped: {}", e.getMessage());
      }
    }
    Set<String> indicatorIds = new LinkedHashSet<>();
    read.forEach(indicator -> indicatorIds.add(indicator.id()));
    List<Plan> planList = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    for (NavigableMap<Integer, PlanVersion> versions : plans.values()) {
      versionAt(versions, at)
          .ifPresent(
              version -> {
                try {
                  CatalogReader.ReadPlan plan = CatalogReader.plan(version.plan(), indicatorIds);
                  planList.add(plan.plan());
                  targets.addAll(plan.targets());
                } catch (InvalidCatalogException e) {
                  log.error("Catalog entry skipped: {}", e.getMessage());
                }
              });
    }
    return new Catalog(read, planList, targets);
  }

  /** The version in force at {@code at}: the latest that took effect by then, else the first. */
  private static Optional<PlanVersion> versionAt(
      NavigableMap<Integer, PlanVersion> versions, Instant at) {
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    if (at == null) {
      return Optional.of(versions.lastEntry().getValue());
    }
    PlanVersion inForce = versions.firstEntry().getValue();
    for (PlanVersion version : versions.values()) {
      if (version.validFrom() == null || !version.validFrom().isAfter(at)) {
        inForce = version;
      }
    }
    return Optional.of(inForce);
  }

  /** Applies each record and notes how far each partition has been read. */
  private final class Follow implements TopicFollower.Listener {

    @Override
    public void record(ConsumerRecord<String, byte[]> record) {
      apply(record);
      markApplied(record.partition(), record.offset());
    }

    @Override
    public void polled(Consumer<String, byte[]> consumer, List<TopicPartition> partitions) {
      for (TopicPartition partition : partitions) {
        // Transaction markers occupy offsets no record is returned for.
        markApplied(partition.partition(), consumer.position(partition) - 1);
      }
    }

    @Override
    public void caughtUp() {
      log.info(
          "Catalog read: {} indicators, {} plans, {} unit versions, {} successions",
          indicators.size(),
          plans.size(),
          units.size(),
          successions.size());
    }
  }

  private void markApplied(int partition, long offset) {
    synchronized (applied) {
      if (applied.getOrDefault(partition, -1L) < offset) {
        applied.put(partition, offset);
        applied.notifyAll();
      }
    }
  }

  private void apply(ConsumerRecord<String, byte[]> record) {
    String key = record.key();
    if (key == null) {
      return;
    }
    try {
      String kind = CatalogKey.kind(key);
      switch (kind) {
        case CatalogKey.UNIT -> {
          put(units, key, record.value(), UnitVersion.class);
          unitsChanged = true;
        }
        case CatalogKey.SUCCESSION -> {
          put(successions, key, record.value(), Succession.class);
          unitsChanged = true;
        }
        case CatalogKey.INDICATOR -> {
          put(
              indicators,
              key.substring(CatalogKey.INDICATOR.length() + 1),
              record.value(),
              IndicatorDocument.class);
          catalogChanged = true;
          catalogGeneration.incrementAndGet();
        }
        case CatalogKey.PLAN -> {
          applyPlan(key, record.value());
          catalogChanged = true;
          catalogGeneration.incrementAndGet();
        }
        case CatalogKey.AUDIT -> put(audit, key, record.value(), AuditEntry.class);
        case CatalogKey.API_KEY, CatalogKey.ALERTING -> putEntry(kind, key, record.value());
        case CatalogKey.ACCOUNT ->
            put(
                accounts,
                key.substring(CatalogKey.ACCOUNT.length() + 1),
                record.value(),
                Account.class);
        default -> log.debug("Catalog entry of another kind: {}", key);
      }
    } catch (JacksonException | IllegalArgumentException e) {
      log.error(
          "Skipped unreadable catalog entry {} at offset {}: {}",
          key,
          record.offset(),
          e.getMessage());
    }
  }

  private void applyPlan(String key, byte[] value) {
    String[] parts = key.split("\\|");
    if (parts.length != 3) {
      throw new IllegalArgumentException("a plan key is plan|id|version, but was " + key);
    }
    int version = Integer.parseInt(parts[2]);
    NavigableMap<Integer, PlanVersion> versions =
        plans.computeIfAbsent(parts[1], id -> new ConcurrentSkipListMap<>());
    if (value == null) {
      versions.remove(version);
    } else {
      versions.put(version, JsonCodec.read(value, PlanVersion.class));
    }
  }

  private static <T> void put(Map<String, T> map, String key, byte[] value, Class<T> type) {
    if (value == null) {
      map.remove(key);
    } else {
      map.put(key, JsonCodec.read(value, type));
    }
  }

  @Override
  public void close() throws InterruptedException {
    follower.close();
  }
}
