package vn.dxmonitor.runtime.keys;

/** A new key: {@code key} is the secret, shown this once and never again. */
public record CreatedKey(String id, String key, ApiKeyView details) {}
