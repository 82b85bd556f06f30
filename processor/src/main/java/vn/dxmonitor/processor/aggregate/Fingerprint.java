package vn.dxmonitor.processor.aggregate;

import java.util.Objects;
import vn.dxmonitor.model.value.IndicatorValue;

/**
 * A 64-bit FNV-1a hash of everything in a value but the time it was made, so the aggregator can
 * tell, storing eight bytes per key, whether a re-evaluation changed anything worth publishing.
 */
final class Fingerprint {

  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private Fingerprint() {}

  static long of(IndicatorValue value) {
    String text =
        String.join(
            "|",
            Objects.toString(value.value()),
            Long.toString(value.numerator()),
            Long.toString(value.denominator()),
            Objects.toString(value.valueYtd()),
            Objects.toString(value.valuePeriodToDate()),
            Long.toString(value.events()),
            Objects.toString(value.lastEventAt()),
            Objects.toString(value.baseline()),
            Objects.toString(value.targetId()),
            Objects.toString(value.expected()),
            Objects.toString(value.status()),
            Objects.toString(value.gap()),
            Objects.toString(value.daysBehind()),
            Objects.toString(value.childrenReporting()),
            Objects.toString(value.childrenExpected()),
            Objects.toString(value.unitName()),
            Objects.toString(value.parent()));
    long hash = OFFSET;
    for (int i = 0; i < text.length(); i++) {
      hash = (hash ^ text.charAt(i)) * PRIME;
    }
    // 0 means "nothing published yet" in the state.
    return hash == 0 ? 1 : hash;
  }
}
