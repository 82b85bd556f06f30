package vn.dxmonitor.runtime.deadletter;

import java.nio.charset.StandardCharsets;

/** One header of a dead letter, its bytes kept as they were so a replay sends them unchanged. */
public record LetterHeader(String key, byte[] value) {

  public LetterHeader {
    value = value == null ? new byte[0] : value;
  }

  /** The value read as UTF-8, as the platform's own headers are written. */
  public String text() {
    return new String(value, StandardCharsets.UTF_8);
  }
}
