package vn.dxmonitor.ingest.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxEvents most events one request may carry; more is refused with 413
 * @param maxBytes largest request body; a larger one is refused with 413 before it is parsed
 * @param sendTimeout how long the broker may take to commit a request's events before the answer is
 *     503
 * @param retryAfter what a 503 tells the client to wait before retrying
 * @param producers transactional producers; each commits the requests waiting when it is free
 * @param ledgerRetention how long an accepted (source, eventId) is remembered to answer retries as
 *     duplicates; the processor's dedup store covers retries after that
 * @param ledgerMaxIds the most accepted pairs remembered (about 65 bytes of heap each); past it the
 *     ones nearest expiry are forgotten early, which the processor's dedup store makes safe
 * @param raceWait how long a retry waits for its original, still being stored, to finish
 * @param rate each key's allowance
 */
@Validated
@ConfigurationProperties("dx.ingest")
public record IngestProperties(
    @DefaultValue("10000") @Min(1) @Max(1_000_000) int maxEvents,
    @DefaultValue("10MB") DataSize maxBytes,
    @DefaultValue("10s") Duration sendTimeout,
    @DefaultValue("5s") Duration retryAfter,
    @DefaultValue("2") @Min(1) @Max(64) int producers,
    @DefaultValue("7d") Duration ledgerRetention,
    @DefaultValue("5000000") @Min(1000) @Max(1_000_000_000) long ledgerMaxIds,
    @DefaultValue("10s") Duration raceWait,
    @DefaultValue @Valid Rate rate) {

  /**
   * @param eventsPerSecond events a key may send a second, on average
   * @param burst events a key may send at once; at least {@code maxEvents} so a full batch passes
   */
  public record Rate(
      @DefaultValue("2000") @Min(1) long eventsPerSecond,
      @DefaultValue("20000") @Min(1) long burst) {}
}
