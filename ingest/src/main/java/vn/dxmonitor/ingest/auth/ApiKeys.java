package vn.dxmonitor.ingest.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dxmonitor.ingest.IngestProperties;

/**
 * Resolves a bearer key to the source system it was issued to. Only SHA-256 digests are kept in
 * memory, and digests are compared in constant time.
 */
@Component
public class ApiKeys {

  private final Map<String, byte[]> digestsBySource = new HashMap<>();

  public ApiKeys(IngestProperties properties) {
    properties.keys().forEach((source, key) -> digestsBySource.put(source, digest(key)));
  }

  public Optional<String> sourceOf(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    byte[] presented = digest(key.strip());
    return digestsBySource.entrySet().stream()
        .filter(entry -> MessageDigest.isEqual(entry.getValue(), presented))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
