package vn.dxmonitor.dashboard.console;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The operators' console.
 *
 * @param commandTimeout how long an action waits to show in the alert before the page says it is
 *     still on its way
 * @param listLimit the most alerts the list shows, newest first
 * @param maxSilenceHours the longest silence the console makes; longer ones go through the API
 */
@Validated
@ConfigurationProperties("dx.dashboard.console")
public record ConsoleProperties(
    @DefaultValue("15s") @NotNull Duration commandTimeout,
    @DefaultValue("200") @Min(1) @Max(1000) int listLimit,
    @DefaultValue("720") @Min(1) @Max(8760) int maxSilenceHours) {}
