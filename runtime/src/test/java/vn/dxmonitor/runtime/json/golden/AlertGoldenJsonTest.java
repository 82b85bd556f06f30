package vn.dxmonitor.runtime.json.golden;

import static vn.dxmonitor.runtime.json.golden.BothJacksons.assertReadAs;
import static vn.dxmonitor.runtime.json.golden.BothJacksons.assertWrittenAndReadAs;

import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.alert.Alert;

/**
 * The JSON of an alert — on {@code dx.alerts}, in HTTP answers and in the {@code dx-alerts}
 * documents that queries and scripts read by field name — pinned character for character under both
 * Jacksons, whatever shape the Java record takes: one flat object, every field in the same order,
 * nulls written out and absent lists read as empty.
 */
class AlertGoldenJsonTest {

  private static final String FULL =
      """
      {"id":"behind-trajectory|21583|work-records-online|plan-nq05","rule":"behind-trajectory",\
      "state":"FIRING","severity":"critical","unit":"21583","unitName":"Phường Quy Nhơn",\
      "level":"commune","path":["21583","52"],"province":"52",\
      "indicator":"work-records-online","planId":"plan-nq05","targetId":"target-1",\
      "reason":"stopped-reporting","value":40.5,"expected":80.0,"gap":-39.5,"projected":55.0,\
      "target":90.0,"deadline":"2027-12-31","summary":"Behind its trajectory","episode":2,\
      "startsAt":"2026-11-19T01:00:00Z","firedAt":"2026-11-19T01:05:00Z",\
      "clearingSince":"2026-11-20T01:00:00Z","resolvedAt":"2026-11-20T02:00:00Z",\
      "updatedAt":"2026-11-20T02:00:00.500Z",\
      "acknowledged":{"by":"ops@52","at":"2026-11-19T02:00:00Z","comment":"looking"},\
      "assignee":"lan@52",\
      "comments":[{"by":"lan@52","at":"2026-11-19T03:00:00Z","text":"called them"}],\
      "silencedBy":["silence-1"],"escalations":1,\
      "history":[{"at":"2026-11-19T01:00:00Z","action":"opened","by":"alerting",\
      "state":"PENDING","note":"rule holds"},{"at":"2026-11-19T01:05:00Z","action":"fired",\
      "by":null,"state":"FIRING","note":null}]}""";

  private static final String SPARSE =
      """
      {"id":"no-data|52|unit-count|-","rule":"no-data","state":"PENDING","severity":"warning",\
      "unit":"52","unitName":null,"level":null,"path":[],"province":null,\
      "indicator":"unit-count","planId":null,"targetId":null,"reason":null,"value":null,\
      "expected":null,"gap":null,"projected":null,"target":null,"deadline":null,\
      "summary":null,"episode":1,"startsAt":"2026-11-19T01:00:00Z","firedAt":null,\
      "clearingSince":null,"resolvedAt":null,"updatedAt":"2026-11-19T01:00:00Z",\
      "acknowledged":null,"assignee":null,"comments":[],"silencedBy":[],"escalations":0,\
      "history":[]}""";

  /** Lists written as null, or not at all by an older version, read as empty. */
  private static final String OLD =
      """
      {"id":"no-data|52|unit-count|-","rule":"no-data","state":"PENDING","severity":"warning",\
      "unit":"52","path":null,"indicator":"unit-count","episode":1,\
      "startsAt":"2026-11-19T01:00:00Z","updatedAt":"2026-11-19T01:00:00Z","comments":null,\
      "escalations":0}""";

  @Test
  void anAlertWithEveryFieldSetIsOneFlatObjectUnderBothJacksons() {
    assertWrittenAndReadAs(GoldenRecords.fullAlert(), FULL, Alert.class);
  }

  @Test
  void anAlertWithoutItsNullableFieldsWritesThemAsNullOrEmptyUnderBothJacksons() {
    assertWrittenAndReadAs(GoldenRecords.sparseAlert(), SPARSE, Alert.class);
  }

  @Test
  void anAlertWithNullOrMissingListsReadsThemAsEmpty() {
    assertReadAs(OLD, GoldenRecords.sparseAlert(), Alert.class);
  }
}
