package vn.dxmonitor.dashboard.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The evidence files reporters upload.
 *
 * @param maxSize the largest file kept; a larger one is refused, naming its size
 */
@ConfigurationProperties("dx.evidence")
public record EvidenceProperties(@DefaultValue("5MB") DataSize maxSize) {}
