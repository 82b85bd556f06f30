package vn.dxmonitor.ingest.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.ingest.IngestProperties;
import vn.dxmonitor.ingest.auth.ApiKeys;
import vn.dxmonitor.ingest.parse.BodyItems;
import vn.dxmonitor.runtime.json.JsonCodec;

/** {@code POST /api/v1/events}: JSON (one event, an array, {"events": [...]}) or NDJSON. */
@RestController
public class EventsController {

  static final String NDJSON = "application/x-ndjson";
  private static final String BEARER = "Bearer ";

  private final ApiKeys apiKeys;
  private final EventIntake intake;
  private final IngestProperties properties;

  public EventsController(ApiKeys apiKeys, EventIntake intake, IngestProperties properties) {
    this.apiKeys = apiKeys;
    this.intake = intake;
    this.properties = properties;
  }

  @PostMapping(
      path = "/api/v1/events",
      consumes = {MediaType.APPLICATION_JSON_VALUE, NDJSON},
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<IngestResult> post(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
      @RequestBody byte[] body) {
    String source = authenticate(authorization);
    List<JsonNode> items =
        contentType.isCompatibleWith(MediaType.parseMediaType(NDJSON))
            ? ndjsonItems(body)
            : BodyItems.of(parse(body, "request body"));
    if (items.size() > properties.maxBatch()) {
      throw new IngestException(
          ErrorCode.BATCH_TOO_LARGE,
          "a request may carry at most "
              + properties.maxBatch()
              + " events, but had "
              + items.size());
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(intake.accept(source, items));
  }

  private String authenticate(String authorization) {
    if (authorization == null || !authorization.startsWith(BEARER)) {
      throw new IngestException(
          ErrorCode.MISSING_API_KEY, "send the key as 'Authorization: Bearer <key>'");
    }
    return apiKeys
        .sourceOf(authorization.substring(BEARER.length()))
        .orElseThrow(
            () -> new IngestException(ErrorCode.INVALID_API_KEY, "the key is unknown or revoked"));
  }

  private static List<JsonNode> ndjsonItems(byte[] body) {
    List<JsonNode> items = new ArrayList<>();
    String[] lines = new String(body, StandardCharsets.UTF_8).split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        items.add(parse(lines[i].getBytes(StandardCharsets.UTF_8), "line " + (i + 1)));
      }
    }
    return items;
  }

  private static JsonNode parse(byte[] json, String where) {
    try {
      JsonNode node = JsonCodec.mapper().readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new IngestException(ErrorCode.UNPARSEABLE_BODY, where + " is empty");
      }
      return node;
    } catch (JacksonException e) {
      throw new IngestException(
          ErrorCode.UNPARSEABLE_BODY, where + " is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
