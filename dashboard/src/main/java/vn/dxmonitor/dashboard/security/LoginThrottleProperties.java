package vn.dxmonitor.dashboard.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How guessing passwords is slowed.
 *
 * @param maxFailures failed sign-ins, for one name or from one address, that lock it
 * @param window how far back failures count
 * @param lockout how long a lock lasts after the last failure
 */
public record LoginThrottleProperties(
    @DefaultValue("5") @Min(1) int maxFailures,
    @DefaultValue("15m") @NotNull Duration window,
    @DefaultValue("15m") @NotNull Duration lockout) {}
