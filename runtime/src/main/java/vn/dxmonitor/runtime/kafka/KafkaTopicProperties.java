package vn.dxmonitor.runtime.kafka;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the platform's topics are created when missing.
 *
 * @param partitions partitions of the event and value topics
 * @param replicationFactor 1 for a single broker; 3 in production
 */
@Validated
@ConfigurationProperties("dx.kafka.topics")
public record KafkaTopicProperties(
    @DefaultValue("3") @Min(1) int partitions,
    @DefaultValue("1") @Min(1) short replicationFactor) {}
