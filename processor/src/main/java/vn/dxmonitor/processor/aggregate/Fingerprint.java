package vn.dxmonitor.processor.aggregate;

import vn.dxmonitor.model.value.DailyCounts;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * A 64-bit hash of everything in a value but the time it was made, so the aggregator can tell,
 * storing eight bytes per key, whether a re-evaluation changed anything worth publishing. Mixed
 * field by field (the FNV-1a step over each field's own hash, then a final avalanche), without
 * building any text: every published value is fingerprinted.
 */
final class Fingerprint {

  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private Fingerprint() {}

  static long of(IndicatorValue value) {
    long hash = OFFSET;
    hash = mix(hash, value.window().value());
    hash = mix(hash, value.window().numerator());
    hash = mix(hash, value.window().denominator());
    hash = mix(hash, value.yearToDate().valueYtd());
    hash = mix(hash, value.yearToDate().monthToDate().numerator());
    hash = mix(hash, value.yearToDate().monthToDate().denominator());
    hash = mix(hash, value.yearToDate().quarterToDate().numerator());
    hash = mix(hash, value.yearToDate().quarterToDate().denominator());
    hash = mix(hash, value.periodToDate().valuePeriodToDate());
    hash = mix(hash, value.activity().events());
    hash = mix(hash, value.activity().lastEventAt());
    hash = mix(hash, value.standing().baseline());
    hash = mix(hash, value.standing().targetId());
    hash = mix(hash, value.standing().expected());
    hash = mix(hash, value.standing().status());
    hash = mix(hash, value.standing().gap());
    hash = mix(hash, value.standing().daysBehind());
    hash = mix(hash, value.children().childrenReporting());
    hash = mix(hash, value.children().childrenExpected());
    hash = mix(hash, value.where().unitName());
    hash = mix(hash, value.where().parent());
    // A late event can move counts between the window's days without changing its sums, and those
    // days decide whether the window can still reach its target.
    if (value.activity().dailyCounts() != null) {
      for (DailyCounts day : value.activity().dailyCounts()) {
        hash = mix(hash, day.day().toEpochDay());
        hash = mix(hash, day.numerator());
        hash = mix(hash, day.denominator());
      }
    }
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    // 0 means "nothing published yet" in the state.
    return hash == 0 ? 1 : hash;
  }

  private static long mix(long hash, long field) {
    return (hash ^ field) * PRIME;
  }

  private static long mix(long hash, Double field) {
    return mix(hash, field == null ? 0x7ff80000000000f1L : Double.doubleToLongBits(field));
  }

  private static long mix(long hash, Object field) {
    // Distinct from every hash code for null, so that null and "" differ; an enum by its name,
    // whose hash, unlike the enum's own, is the same in every run.
    if (field == null) {
      return mix(hash, 0x9e3779b97f4a7c15L);
    }
    int code = field instanceof Enum<?> constant ? constant.name().hashCode() : field.hashCode();
    return mix(hash, (long) code << 1 | 1);
  }
}
