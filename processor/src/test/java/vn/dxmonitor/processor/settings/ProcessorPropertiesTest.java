package vn.dxmonitor.processor.settings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ProcessorPropertiesTest {

  @Test
  void aCatchUpPublishIntervalShorterThanThePublishIntervalIsRefusedNamingBoth() {
    assertThatThrownBy(
            () ->
                new ProcessorProperties(
                    null,
                    Duration.ofMinutes(1),
                    Duration.ofSeconds(1),
                    Duration.ofMillis(500),
                    true,
                    DataSize.ofMegabytes(64)))
        .hasMessageContaining("dx.processor.catch-up-publish-interval (PT0.5S)")
        .hasMessageContaining("dx.processor.publish-interval (PT1S)");
  }
}
