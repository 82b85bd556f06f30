package vn.dxmonitor.processor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ProcessorPropertiesTest {

  @Test
  void aDedupMemoryNoLongerThanTheGraceIsRefusedNamingBoth() {
    assertThatThrownBy(
            () ->
                new ProcessorProperties(
                    null,
                    Duration.ofDays(7),
                    Duration.ofDays(10),
                    Duration.ofMinutes(1),
                    Duration.ofMillis(100),
                    DataSize.ofMegabytes(64)))
        .hasMessageContaining("dx.processor.dedup-retention (PT168H)")
        .hasMessageContaining("dx.processor.grace (PT240H)");
  }
}
