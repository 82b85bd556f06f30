package vn.dxmonitor.runtime.kafka;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param livenessGrace how long a Kafka listener that should run may stay stopped before the
 *     process's liveness says {@code DOWN} (see {@link ListenerLiveness})
 */
@Validated
@ConfigurationProperties("dx.kafka.listeners")
public record ListenerLivenessProperties(@DefaultValue("5m") @NotNull Duration livenessGrace) {}
