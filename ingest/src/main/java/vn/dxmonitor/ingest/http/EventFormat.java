package vn.dxmonitor.ingest.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import vn.dxmonitor.ingest.format.BodyItem;
import vn.dxmonitor.ingest.format.CloudEventBodies;
import vn.dxmonitor.ingest.format.JsonBodies;

/** The formats {@code POST /api/v1/events} speaks, told apart by content type and headers. */
enum EventFormat {
  JSON,
  NDJSON,
  CLOUDEVENT,
  CLOUDEVENT_BATCH,
  CLOUDEVENT_BINARY;

  static final String NDJSON_TYPE = "application/x-ndjson";
  private static final String CE_SPECVERSION = "ce-specversion";
  private static final String SUPPORTED =
      "application/json, application/x-ndjson, application/cloudevents+json,"
          + " application/cloudevents-batch+json, or CloudEvents binary mode (ce-* headers)";

  static EventFormat of(HttpServletRequest request) {
    if (request.getHeader(CE_SPECVERSION) != null) {
      return CLOUDEVENT_BINARY;
    }
    String header = request.getContentType();
    if (header == null) {
      throw new IngestException(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE, "the request has no Content-Type; send " + SUPPORTED);
    }
    MediaType type;
    try {
      type = MediaType.parseMediaType(header);
    } catch (InvalidMediaTypeException e) {
      throw new IngestException(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "Content-Type '" + header + "' cannot be read: " + e.getMessage());
    }
    String name = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
    switch (name) {
      case CloudEventBodies.BATCH:
        return CLOUDEVENT_BATCH;
      case CloudEventBodies.STRUCTURED:
        return CLOUDEVENT;
      case NDJSON_TYPE:
      case "application/jsonl":
        return NDJSON;
      case "application/json":
        return JSON;
      default:
        throw new IngestException(
            ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            "Content-Type '" + name + "' is not accepted; send " + SUPPORTED);
    }
  }

  List<BodyItem> items(HttpServletRequest request, byte[] body) {
    switch (this) {
      case JSON:
        return JsonBodies.json(body);
      case NDJSON:
        return JsonBodies.ndjson(body);
      case CLOUDEVENT:
        return CloudEventBodies.structured(body);
      case CLOUDEVENT_BATCH:
        return CloudEventBodies.batch(body);
      default:
        return CloudEventBodies.binary(headers(request), body);
    }
  }

  private static Map<String, String> headers(HttpServletRequest request) {
    Map<String, String> headers = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.putIfAbsent(name.toLowerCase(Locale.ROOT), request.getHeader(name));
    }
    return headers;
  }
}
