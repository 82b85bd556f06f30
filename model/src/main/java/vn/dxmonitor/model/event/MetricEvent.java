package vn.dxmonitor.model.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of the v1 contract (DESIGN.md). Only the fields of the indicator's kind are set: {@code
 * numerator}/{@code denominator} for ratio-of-counts, {@code value} for measurement, {@code count}
 * for counter, {@code compliant} for coverage. {@code source} is the source system the event came
 * from, taken from its credentials rather than from the body; with {@code eventId} it is the
 * idempotency key.
 *
 * <p>An event sent again under the same key with other figures is a <em>revision</em>: the latest
 * accepted replaces the earlier one. One with {@code retract: true} and no figures withdraws the
 * event of its key. Both must keep the unit, indicator and time of the event they revise.
 *
 * @param retract true for a retraction of the event with this key
 * @param acceptedAt when ingest accepted the event, which lateness is judged against; set by
 *     ingest, never by the sender (a Kafka producer's record time stands in for it when absent)
 * @param sentBy the id of the API key that sent it, for the revision log; set by ingest
 */
public record MetricEvent(
    String eventId,
    String source,
    String unit,
    String indicator,
    Instant occurredAt,
    Long numerator,
    Long denominator,
    Double value,
    Long count,
    Boolean compliant,
    Boolean retract,
    Instant acceptedAt,
    String sentBy) {

  /** An event as a sender writes it: without acceptance, not a retraction. */
  public MetricEvent(
      String eventId,
      String source,
      String unit,
      String indicator,
      Instant occurredAt,
      Long numerator,
      Long denominator,
      Double value,
      Long count,
      Boolean compliant) {
    this(
        eventId,
        source,
        unit,
        indicator,
        occurredAt,
        numerator,
        denominator,
        value,
        count,
        compliant,
        null,
        null,
        null);
  }

  public static MetricEvent ratio(
      String eventId,
      String source,
      String unit,
      String indicator,
      Instant occurredAt,
      long numerator,
      long denominator) {
    return new MetricEvent(
        eventId, source, unit, indicator, occurredAt, numerator, denominator, null, null, null);
  }

  /** The retraction of the event with {@code eventId}, sent for its unit, indicator and time. */
  public static MetricEvent retraction(
      String eventId, String source, String unit, String indicator, Instant occurredAt) {
    return new MetricEvent(
        eventId,
        source,
        unit,
        indicator,
        occurredAt,
        null,
        null,
        null,
        null,
        null,
        true,
        null,
        null);
  }

  /** The key under which retries and revisions of this event are recognised. */
  public String idempotencyKey() {
    return source + "|" + eventId;
  }

  /**
   * The key under which a retry — this very content again — is recognised: the idempotency key with
   * the content's digest, so a revision (other figures under the same key) is not a retry.
   */
  public String retryKey() {
    return idempotencyKey() + "|" + Long.toHexString(contentDigest());
  }

  public boolean retracts() {
    return Boolean.TRUE.equals(retract);
  }

  /**
   * Whether {@code other} says exactly what this event says — the same figure of the same unit,
   * indicator and time, or both retractions — whoever sent it and whenever: a retry, not a
   * revision.
   */
  public boolean sameContent(MetricEvent other) {
    return Objects.equals(unit, other.unit)
        && Objects.equals(indicator, other.indicator)
        && Objects.equals(occurredAt, other.occurredAt)
        && Objects.equals(numerator, other.numerator)
        && Objects.equals(denominator, other.denominator)
        && Objects.equals(value, other.value)
        && Objects.equals(count, other.count)
        && Objects.equals(compliant, other.compliant)
        && retracts() == other.retracts();
  }

  /** Whether {@code other} is about the same figure: unit as sent, indicator and time. */
  public boolean sameFigure(MetricEvent other) {
    return Objects.equals(unit, other.unit)
        && Objects.equals(indicator, other.indicator)
        && Objects.equals(occurredAt, other.occurredAt);
  }

  /** A 64-bit digest of {@link #sameContent}'s fields: equal content, equal digest. */
  public long contentDigest() {
    return new Fnv()
        .add(figureDigest())
        .add(numerator)
        .add(denominator)
        .add(value == null ? null : Double.doubleToLongBits(value))
        .add(count)
        .add(compliant == null ? null : compliant ? 1L : 0L)
        .add(retracts() ? 1L : 0L)
        .hash();
  }

  /** A 64-bit digest of {@link #sameFigure}'s fields. */
  public long figureDigest() {
    return new Fnv()
        .add(unit)
        .add(indicator)
        .add(occurredAt == null ? null : occurredAt.getEpochSecond())
        .add(occurredAt == null ? null : (long) occurredAt.getNano())
        .hash();
  }

  /** The same event attributed to another unit: the successor of a retired code. */
  public MetricEvent withUnit(String newUnit) {
    return new MetricEvent(
        eventId,
        source,
        newUnit,
        indicator,
        occurredAt,
        numerator,
        denominator,
        value,
        count,
        compliant,
        retract,
        acceptedAt,
        sentBy);
  }

  public MetricEvent withSource(String newSource) {
    return new MetricEvent(
        eventId,
        newSource,
        unit,
        indicator,
        occurredAt,
        numerator,
        denominator,
        value,
        count,
        compliant,
        retract,
        acceptedAt,
        sentBy);
  }

  /**
   * This event marked to be taken back: its figures with {@code retract} set, as the processor
   * passes on the figure a revision or retraction replaces.
   */
  public MetricEvent asRemoval() {
    return new MetricEvent(
        eventId,
        source,
        unit,
        indicator,
        occurredAt,
        numerator,
        denominator,
        value,
        count,
        compliant,
        true,
        acceptedAt,
        sentBy);
  }

  /** The event as ingest stores it: when it was accepted and by which key. */
  public MetricEvent withAcceptance(Instant at, String keyId) {
    return new MetricEvent(
        eventId,
        source,
        unit,
        indicator,
        occurredAt,
        numerator,
        denominator,
        value,
        count,
        compliant,
        retract,
        at,
        keyId);
  }

  /**
   * FNV-1a, fed field by field without building a string (ingest digests every event it takes):
   * stable across JVMs, unlike {@code hashCode}. A field is preceded by a marker of its presence,
   * so a missing field and an empty one differ.
   */
  private static final class Fnv {

    private static final long PRIME = 0x100000001b3L;
    private long hash = 0xcbf29ce484222325L;

    Fnv add(String text) {
      if (text == null) {
        return mix(0);
      }
      mix(1);
      for (int i = 0; i < text.length(); i++) {
        mix(text.charAt(i));
      }
      return mix(0xFFFF);
    }

    Fnv add(Long number) {
      if (number == null) {
        return mix(0);
      }
      mix(1);
      for (int shift = 56; shift >= 0; shift -= 8) {
        mix((int) (number >>> shift) & 0xFF);
      }
      return this;
    }

    private Fnv mix(int unit) {
      hash ^= unit;
      hash *= PRIME;
      return this;
    }

    long hash() {
      return hash;
    }
  }
}
