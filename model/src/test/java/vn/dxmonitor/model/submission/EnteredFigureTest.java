package vn.dxmonitor.model.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A figure as one number, on the scale its indicator's values are compared on. */
class EnteredFigureTest {

  @Test
  void eachKindOfFigureIsOneNumber() {
    assertThat(new EnteredFigure(null, null, 87.5, null, null).number()).hasValue(87.5);
    assertThat(new EnteredFigure(null, null, null, 12L, null).number()).hasValue(12.0);
    assertThat(new EnteredFigure(null, null, null, null, true).number()).hasValue(100.0);
    assertThat(new EnteredFigure(null, null, null, null, false).number()).hasValue(0.0);
    assertThat(new EnteredFigure(3L, 4L, null, null, null).number()).hasValue(75.0);
  }

  @Test
  void aRatioOfNoCasesOrNothingEnteredIsNoNumber() {
    assertThat(new EnteredFigure(0L, 0L, null, null, null).number()).isEmpty();
    assertThat(new EnteredFigure(null, null, null, null, null).number()).isEmpty();
  }
}
