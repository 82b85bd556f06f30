package vn.dxmonitor.runtime.catalog.topic;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import vn.dxmonitor.runtime.catalog.IndicatorDocument;
import vn.dxmonitor.runtime.catalog.PlanDocument;
import vn.dxmonitor.runtime.json.JsonCodec;

/** An indicator and versions of one plan targeting it, for the tests of plan versions in force. */
final class InForcePlanDocuments {

  private InForcePlanDocuments() {}

  static IndicatorDocument indicator(String id) {
    return JsonCodec.read(
        """
        {"id": "%s", "nameVi": "i", "nameEn": "i", "pillar": "digital-government",
         "kind": "ratio-of-counts", "unitOfMeasure": "percent", "windowDays": 30,
         "cadence": "P7D", "rollup": "sum"}
        """
            .formatted(id)
            .getBytes(StandardCharsets.UTF_8),
        IndicatorDocument.class);
  }

  /** Version {@code version} of the plan: its one target on indicator {@code in-force}. */
  static PlanVersion plan(int version, int value, Instant validFrom) {
    return plan("in-force-plan", "t", version, value, validFrom);
  }

  /** Version {@code version} of plan {@code id}, whose one target is {@code targetId}. */
  static PlanVersion plan(String id, String targetId, int version, int value, Instant validFrom) {
    PlanDocument document =
        JsonCodec.read(
            """
            {"id": "%s", "start": "2026-01-01", "targets": [
              {"id": "%s", "indicator": "in-force", "level": "province", "comparator": ">=",
               "value": %d, "deadline": "2027-12-31"}]}
            """
                .formatted(id, targetId, value)
                .getBytes(StandardCharsets.UTF_8),
            PlanDocument.class);
    return new PlanVersion(document, version, validFrom, "test");
  }
}
