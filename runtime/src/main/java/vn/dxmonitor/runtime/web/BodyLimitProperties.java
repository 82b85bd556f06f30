package vn.dxmonitor.runtime.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The bound on every request body a service reads, before any controller holds it in memory.
 *
 * @param maxBody the largest body; a larger one is refused with 413 ({@code body-too-large}). Large
 *     enough for the official unit lists (about 1 MB) and ingest's own, tighter cap ({@code
 *     dx.ingest.max-bytes}).
 */
@ConfigurationProperties("dx.web")
public record BodyLimitProperties(@DefaultValue("16MB") DataSize maxBody) {

  public BodyLimitProperties {
    if (maxBody == null || maxBody.toBytes() < 1) {
      throw new IllegalArgumentException("dx.web.max-body must be at least 1 byte, was " + maxBody);
    }
  }
}
