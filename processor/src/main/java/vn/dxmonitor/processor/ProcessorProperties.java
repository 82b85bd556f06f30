package vn.dxmonitor.processor;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param stateDir where Kafka Streams keeps its RocksDB stores
 * @param dedupRetention how long an event id is remembered to recognise a retry
 * @param lateness how late an event may arrive and still correct its daily counts
 */
@ConfigurationProperties("dx.processor")
public record ProcessorProperties(
    String stateDir,
    @DefaultValue("30d") Duration dedupRetention,
    @DefaultValue("7d") Duration lateness) {}
