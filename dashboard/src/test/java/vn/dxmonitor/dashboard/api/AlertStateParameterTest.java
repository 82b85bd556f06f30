package vn.dxmonitor.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.alert.AlertState;

class AlertStateParameterTest {

  @Test
  void acceptsAStateInAnyLetterCase() {
    assertThat(AlertsController.parseState("firing")).isEqualTo(AlertState.FIRING);
    assertThat(AlertsController.parseState("Resolved")).isEqualTo(AlertState.RESOLVED);
  }

  @Test
  void noStateMeansEveryState() {
    assertThat(AlertsController.parseState(null)).isNull();
    assertThat(AlertsController.parseState(" ")).isNull();
  }

  @Test
  void anUnknownStateIsRefusedNamingTheParameterAndTheAcceptedValues() {
    ApiException e =
        catchThrowableOfType(ApiException.class, () -> AlertsController.parseState("open"));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
    assertThat(e.parameter()).isEqualTo("state");
    assertThat(e.getMessage())
        .isEqualTo(
            "query parameter 'state' must be one of PENDING, FIRING, RESOLVED, but was 'open'");
  }
}
