package vn.dxmonitor.runtime.catalog.topic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitVersion;
import vn.dxmonitor.runtime.accounts.Account;
import vn.dxmonitor.runtime.catalog.IndicatorDocument;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.TopicFollower;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * This process's copy of {@code dx.catalog}: read from the beginning on start, then followed, so
 * every instance of every service agrees on the catalog and a change needs no restart. It reads
 * without a consumer group, since every instance needs every record. Each record goes to the part
 * that keeps its kind (units, catalog versions, raw entries, accounts, audit); readers get
 * immutable snapshots, made on the first read after a change.
 */
public final class CatalogView implements CatalogSource, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CatalogView.class);

  private final TopicFollower follower;
  private final UnitRecords units = new UnitRecords();
  private final CatalogVersions versions = new CatalogVersions();
  private final RawEntries entries = new RawEntries();
  private final NavigableMap<String, AuditEntry> audit = new ConcurrentSkipListMap<>();
  private final Map<String, Account> accounts = new ConcurrentSkipListMap<>();
  private final AppliedOffsets applied = new AppliedOffsets();
  private volatile ParsedScorecards scorecards;

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
    return applied.await(written, timeout);
  }

  /**
   * The unit history as the topic has it now. Read on every event, so the usual case — nothing
   * changed — takes no lock.
   */
  @Override
  public UnitHistory units() {
    return units.history();
  }

  /** The catalog as the topic has it now: each plan in its latest version. */
  @Override
  public Catalog catalog() {
    return versions.latest();
  }

  /** Each plan in the version that applied at {@code instant}. */
  @Override
  public Catalog catalogAt(Instant instant) {
    return versions.at(instant);
  }

  /**
   * The catalog in force on the day, remembered until the catalog changes. Where every plan's
   * latest version already applied at the day's end it is the latest catalog itself, the same
   * object {@link #catalog()} returns.
   */
  @Override
  public Catalog catalogOn(LocalDate day) {
    return versions.on(day);
  }

  public List<IndicatorDocument> indicatorDocuments() {
    return versions.indicatorDocuments();
  }

  public Optional<IndicatorDocument> indicatorDocument(String id) {
    return versions.indicatorDocument(id);
  }

  /** The latest version of every plan. */
  public List<PlanVersion> latestPlans() {
    return versions.latestPlans();
  }

  /** Every version of the plan, oldest first; empty for an unknown plan. */
  public List<PlanVersion> planVersions(String id) {
    return versions.planVersions(id);
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
    return Optional.ofNullable(entries.of(CatalogKey.ALERTING).get(name));
  }

  /** The alerting entries whose names start with {@code prefix}, by name. */
  public Map<String, byte[]> alertingEntries(String prefix) {
    return Map.copyOf(entries.of(CatalogKey.ALERTING).subMap(prefix, prefix + Character.MAX_VALUE));
  }

  /** Grows whenever an alerting entry changes: a reader caches what it parsed against it. */
  public long alertingVersion() {
    return entries.version(CatalogKey.ALERTING);
  }

  /** Every API key entry's JSON as written, by key id. */
  public Map<String, byte[]> apiKeyEntries() {
    return Map.copyOf(entries.of(CatalogKey.API_KEY));
  }

  /** Grows whenever an API key entry changes: a reader caches what it parsed against it. */
  public long apiKeysVersion() {
    return entries.version(CatalogKey.API_KEY);
  }

  /**
   * Every version of every scorecard, by id in the order of the ids, each oldest first. Parsed
   * again only after a change, since the dashboard asks on every score.
   */
  public Map<String, List<ScorecardVersion>> scorecardVersions() {
    long version = entries.version(CatalogKey.SCORECARD);
    ParsedScorecards parsed = scorecards;
    if (parsed == null || parsed.version() != version) {
      Map<String, List<ScorecardVersion>> byId = new java.util.TreeMap<>();
      for (Map.Entry<String, byte[]> entry : entries.of(CatalogKey.SCORECARD).entrySet()) {
        // One unreadable version (written by a later release, say) is left out, not allowed to
        // take every score and the seeder down with it
        try {
          ScorecardVersion read = JsonCodec.read(entry.getValue(), ScorecardVersion.class);
          byId.computeIfAbsent(read.scorecard().id(), id -> new java.util.ArrayList<>()).add(read);
        } catch (RuntimeException e) {
          log.error("Skipped unreadable scorecard version {}: {}", entry.getKey(), e.getMessage());
        }
      }
      byId.replaceAll((id, versions) -> List.copyOf(versions));
      parsed = new ParsedScorecards(version, java.util.Collections.unmodifiableMap(byId));
      scorecards = parsed;
    }
    return parsed.byId();
  }

  public List<ScorecardVersion> scorecardVersions(String id) {
    return scorecardVersions().getOrDefault(id, List.of());
  }

  private record ParsedScorecards(long version, Map<String, List<ScorecardVersion>> byId) {}

  public boolean hasUnits() {
    return !units.isEmpty();
  }

  /** Applies each record and notes how far each partition has been read. */
  private final class Follow implements TopicFollower.Listener {

    @Override
    public void record(ConsumerRecord<String, byte[]> record) {
      apply(record);
      applied.mark(record.partition(), record.offset());
    }

    @Override
    public void polled(Consumer<String, byte[]> consumer, List<TopicPartition> partitions) {
      for (TopicPartition partition : partitions) {
        // Transaction markers occupy offsets no record is returned for.
        applied.mark(partition.partition(), consumer.position(partition) - 1);
      }
    }

    @Override
    public void caughtUp() {
      log.info(
          "Catalog read: {} indicators, {} plans, {} unit versions, {} successions",
          versions.indicatorCount(),
          versions.planCount(),
          units.versionCount(),
          units.successionCount());
    }
  }

  private void apply(ConsumerRecord<String, byte[]> record) {
    String key = record.key();
    if (key == null) {
      return;
    }
    byte[] value = record.value();
    try {
      String kind = CatalogKey.kind(key);
      switch (kind) {
        case CatalogKey.UNIT -> units.putVersion(key, read(value, UnitVersion.class));
        case CatalogKey.SUCCESSION -> units.putSuccession(key, read(value, Succession.class));
        case CatalogKey.INDICATOR ->
            versions.putIndicator(nameIn(kind, key), read(value, IndicatorDocument.class));
        case CatalogKey.PLAN -> applyPlan(key, value);
        case CatalogKey.AUDIT -> CatalogMaps.put(audit, key, read(value, AuditEntry.class));
        case CatalogKey.API_KEY, CatalogKey.ALERTING, CatalogKey.SCORECARD ->
            entries.put(kind, key, value);
        case CatalogKey.ACCOUNT ->
            CatalogMaps.put(accounts, nameIn(kind, key), read(value, Account.class));
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
    versions.putPlan(parts[1], Integer.parseInt(parts[2]), read(value, PlanVersion.class));
  }

  private static String nameIn(String kind, String key) {
    return key.substring(kind.length() + 1);
  }

  /** The record's value, or null for a tombstone. */
  private static <T> T read(byte[] value, Class<T> type) {
    return value == null ? null : JsonCodec.read(value, type);
  }

  @Override
  public void close() throws InterruptedException {
    follower.close();
  }
}
