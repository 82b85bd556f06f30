package vn.dxmonitor.bench.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

  @Test
  void readsTheResidentSetOfALiveProcessAndItsPeak() {
    ProcessMemory memory = ProcessMemory.of(ProcessHandle.current());

    assertThat(memory.rssKb()).isPositive();
    assertThat(memory.peakKb()).isGreaterThanOrEqualTo(memory.rssKb());
  }

  @Test
  void aProcessThatEndedHasNoFigures() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();

    assertThat(ProcessMemory.of(ended.toHandle())).isEqualTo(ProcessMemory.UNKNOWN);
  }
}
