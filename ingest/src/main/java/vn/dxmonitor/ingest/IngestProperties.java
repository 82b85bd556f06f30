package vn.dxmonitor.ingest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param keys API keys by source system name ({@code dx.ingest.keys.<source>=<key>})
 * @param maxBatch most events one request may carry
 * @param sendTimeout how long to wait for the broker's acknowledgement before answering 503
 */
@Validated
@ConfigurationProperties("dx.ingest")
public record IngestProperties(
    @DefaultValue Map<String, String> keys,
    @DefaultValue("10000") @Min(1) @Max(1_000_000) int maxBatch,
    @DefaultValue("30s") Duration sendTimeout) {}
