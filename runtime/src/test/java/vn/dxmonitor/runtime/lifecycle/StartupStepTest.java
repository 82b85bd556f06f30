package vn.dxmonitor.runtime.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupStepTest {

  @Test
  void aStepRunsOnceThoughItsContextIsStoppedAndStartedAgain() {
    int[] runs = {0};
    StartupStep step =
        new StartupStep(StartupStep.CATALOG) {
          @Override
          protected void run() {
            runs[0]++;
          }
        };

    step.start();
    step.stop();
    boolean runningWhenStopped = step.isRunning();
    step.start();

    assertThat(runs[0]).isEqualTo(1);
    assertThat(runningWhenStopped).isFalse();
    assertThat(step.isRunning()).isTrue();
  }
}
