package vn.dxmonitor.ingest.keys;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.ingest.http.ErrorCode;
import vn.dxmonitor.ingest.http.IngestException;
import vn.dxmonitor.ingest.http.KeyChecks;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.keys.ApiKey;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.ApiKeyView;
import vn.dxmonitor.runtime.keys.CreatedKey;
import vn.dxmonitor.runtime.keys.KeyRequest;

/**
 * {@code /api/v1/keys}: administrators make, list and revoke the keys source systems send events
 * with — an administrator of some units only keys within them, of no higher role than its own. The
 * secret of a new key is in the answer to its creation and nowhere else.
 */
@RestController
public class KeysController {

  private final KeyChecks authentication;
  private final ApiKeyRegistry registry;

  public KeysController(KeyChecks authentication, ApiKeyRegistry registry) {
    this.authentication = authentication;
    this.registry = registry;
  }

  @PostMapping(path = "/api/v1/keys")
  public ResponseEntity<Map<String, Object>> create(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
      @RequestBody(required = false) byte[] body) {
    ApiKey admin = authentication.requireAdmin(authorization);
    CreatedKey created = registry.create(KeyRequests.read(contentType, body), admin, actor(admin));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Map.of("id", created.id(), "key", created.key(), "details", created.details()));
  }

  @GetMapping(path = "/api/v1/keys")
  public List<ApiKeyView> list(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    return registry.list(authentication.requireAdmin(authorization));
  }

  @DeleteMapping(path = "/api/v1/keys/{id}")
  public ApiKeyView revoke(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable String id) {
    ApiKey admin = authentication.requireAdmin(authorization);
    return registry
        .revoke(id, admin, actor(admin))
        .orElseThrow(() -> new IngestException(ErrorCode.UNKNOWN_KEY, "there is no key " + id));
  }

  private static String actor(ApiKey admin) {
    return "key:" + admin.id();
  }

  /**
   * Reads a key request strictly: unknown fields and wrong types are named, not ignored; and only a
   * body that says it is JSON, so that a form or a text another site's page can post without asking
   * is never taken for one.
   */
  static final class KeyRequests {

    private KeyRequests() {}

    static KeyRequest read(String contentType, byte[] body) {
      if (!isJson(contentType)) {
        throw new IngestException(
            ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            "send the key request as application/json"
                + (contentType == null || contentType.isBlank()
                    ? "; the request has no Content-Type"
                    : ", not " + contentType));
      }
      if (body == null || body.length == 0) {
        throw new IngestException(
            ErrorCode.UNPARSEABLE_BODY,
            "send {\"source\": \"...\", \"units\": [\"codes\"], \"indicators\": [\"ids\"]}");
      }
      JsonNode node;
      try {
        node = JsonCodec.mapper().readTree(body);
      } catch (JacksonException e) {
        throw new IngestException(
            ErrorCode.UNPARSEABLE_BODY, "the body is not valid JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        throw new IngestException(ErrorCode.UNPARSEABLE_BODY, "the body must be a JSON object");
      }
      return KeyRequestReader.read(node);
    }

    private static boolean isJson(String contentType) {
      if (contentType == null || contentType.isBlank()) {
        return false;
      }
      try {
        return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
      } catch (InvalidMediaTypeException e) {
        return false;
      }
    }
  }
}
