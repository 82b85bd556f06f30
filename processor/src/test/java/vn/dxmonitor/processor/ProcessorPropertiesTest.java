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
                    Duration.ofSeconds(5),
                    true,
                    DataSize.ofMegabytes(64)))
        .hasMessageContaining("dx.processor.dedup-retention (PT168H)")
        .hasMessageContaining("dx.processor.grace (PT240H)");
  }

  @Test
  void aCatchUpPublishIntervalShorterThanThePublishIntervalIsRefusedNamingBoth() {
    assertThatThrownBy(
            () ->
                new ProcessorProperties(
                    null,
                    Duration.ofDays(30),
                    Duration.ofDays(7),
                    Duration.ofMinutes(1),
                    Duration.ofSeconds(1),
                    Duration.ofMillis(500),
                    true,
                    DataSize.ofMegabytes(64)))
        .hasMessageContaining("dx.processor.catch-up-publish-interval (PT0.5S)")
        .hasMessageContaining("dx.processor.publish-interval (PT1S)");
  }
}
