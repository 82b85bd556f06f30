package vn.dxmonitor.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptanceTest {

  @Test
  void aWholeBatchAcceptedIsNoProblem() {
    assertThat(
            Acceptance.problemWith(202, "{\"accepted\":100,\"duplicates\":0,\"rejected\":[]}", 100))
        .isEmpty();
    assertThat(
            Acceptance.problemWith(
                202, "{ \"rejected\" : [ ], \"accepted\" : 1, \"duplicates\" : 0 }", 1))
        .isEmpty();
  }

  @Test
  void fewerAcceptedThanSentIsAProblem() {
    assertThat(
            Acceptance.problemWith(
                202,
                "{\"accepted\":99,\"duplicates\":0,\"rejected\":[{\"index\":3,\"eventId\":\"x\"}]}",
                100))
        .hasValueSatisfying(problem -> assertThat(problem).startsWith("accepted 99 of 100: "));
  }

  @Test
  void duplicatesAndRejectionsAreProblemsEvenWhenTheCountMatches() {
    assertThat(Acceptance.problemWith(202, "{\"accepted\":2,\"duplicates\":1,\"rejected\":[]}", 2))
        .hasValueSatisfying(problem -> assertThat(problem).startsWith("1 duplicates"));
    assertThat(
            Acceptance.problemWith(
                202, "{\"accepted\":2,\"duplicates\":0,\"rejected\":[{\"index\":0}]}", 2))
        .hasValueSatisfying(problem -> assertThat(problem).startsWith("rejected events"));
  }

  @Test
  void anyOtherStatusIsAProblemShowingTheBody() {
    assertThat(Acceptance.problemWith(401, "{\"code\":\"invalid-api-key\"}", 1))
        .contains("status 401: {\"code\":\"invalid-api-key\"}");
    assertThat(Acceptance.problemWith(202, "{}", 1))
        .hasValueSatisfying(problem -> assertThat(problem).startsWith("no 'accepted' count"));
  }

  @Test
  void readsAWholeNumberField() {
    assertThat(Acceptance.number("{\"accepted\": 12345}", "accepted")).isEqualTo(12345);
    assertThat(Acceptance.number("{\"accepted\":null}", "accepted")).isEqualTo(-1);
    assertThat(Acceptance.number("{}", "accepted")).isEqualTo(-1);
  }
}
