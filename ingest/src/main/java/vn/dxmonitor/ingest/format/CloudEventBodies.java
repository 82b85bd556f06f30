package vn.dxmonitor.ingest.format;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.rw.CloudEventRWException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dxmonitor.model.event.Violation;
import vn.dxmonitor.model.event.ViolationCode;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * CloudEvents 1.0 over HTTP, read with the CloudEvents SDK: structured mode ({@code
 * application/cloudevents+json}), batch mode ({@code application/cloudevents-batch+json}) and
 * binary mode ({@code ce-*} headers, the data as the body). The event's {@code id} is its eventId,
 * {@code time} its occurredAt, and {@code data} holds the rest of the contract's fields.
 */
public final class CloudEventBodies {

  /** The only CloudEvent type the platform takes. */
  public static final String TYPE = "vn.gov.dx.metric.v1";

  public static final String STRUCTURED = "application/cloudevents+json";
  public static final String BATCH = "application/cloudevents-batch+json";

  private static final JsonFormat FORMAT = new JsonFormat();

  /** Contract field names as a CloudEvent spells them. */
  private static final UnaryOperator<String> NAMES =
      name -> {
        switch (name) {
          case "eventId":
            return "id";
          case "occurredAt":
            return "time";
          default:
            return name.startsWith("data") ? name : "data." + name;
        }
      };

  private CloudEventBodies() {}

  public static List<BodyItem> structured(byte[] body) {
    JsonBodies.parse(body, 0, body.length, "the request body");
    return List.of(read(() -> FORMAT.deserialize(body)));
  }

  public static List<BodyItem> batch(byte[] body) {
    JsonNode root = JsonBodies.parse(body, 0, body.length, "the request body");
    if (!root.isArray()) {
      throw new UnreadableBodyException(
          "a CloudEvents batch must be a JSON array of events, but was " + root.getNodeType());
    }
    List<BodyItem> items = new ArrayList<>(root.size());
    for (JsonNode element : root) {
      byte[] json = JsonCodec.mapper().writeValueAsBytes(element);
      items.add(read(() -> FORMAT.deserialize(json)));
    }
    return items;
  }

  /**
   * @param headers the request's headers, lower-case names
   */
  public static List<BodyItem> binary(Map<String, String> headers, byte[] body) {
    return List.of(read(() -> HttpMessageFactory.createReader(headers, body).toEvent()));
  }

  private static BodyItem read(Reader reader) {
    CloudEvent event;
    try {
      event = reader.read();
    } catch (EventDeserializationException | CloudEventRWException | IllegalStateException e) {
      return BodyItem.unreadable(
          ViolationCode.INVALID_CLOUDEVENT.at("cloudevent", rootMessage(e)), NAMES);
    }
    return toItem(event);
  }

  private static BodyItem toItem(CloudEvent event) {
    List<Violation> violations = new ArrayList<>();
    ObjectNode fields = JsonCodec.mapper().createObjectNode();
    if (event.getSpecVersion() != SpecVersion.V1) {
      violations.add(
          ViolationCode.INVALID_CLOUDEVENT.at(
              "specversion", "specversion must be 1.0, but was " + event.getSpecVersion()));
    }
    if (!TYPE.equals(event.getType())) {
      violations.add(ViolationCode.WRONG_EVENT_TYPE.at("type", TYPE, event.getType()));
    }
    readData(event, fields, violations);
    fields.put("eventId", event.getId());
    if (event.getTime() != null) {
      fields.put("occurredAt", event.getTime().toString());
    }
    return new BodyItem(EventReader.read(fields), violations, NAMES);
  }

  private static void readData(CloudEvent event, ObjectNode fields, List<Violation> violations) {
    CloudEventData data = event.getData();
    String contentType = event.getDataContentType();
    if (data == null) {
      violations.add(ViolationCode.REQUIRED.at("data", "data"));
      return;
    }
    if (contentType != null && !contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
      violations.add(
          ViolationCode.WRONG_TYPE.at(
              "datacontenttype", "datacontenttype", "application/json", contentType));
      return;
    }
    JsonNode node;
    try {
      node = JsonCodec.mapper().readTree(data.toBytes());
    } catch (JacksonException e) {
      violations.add(ViolationCode.UNPARSEABLE.at("data", "data", e.getOriginalMessage()));
      return;
    }
    if (node == null || !node.isObject()) {
      violations.add(ViolationCode.WRONG_TYPE.at("data", "data", "a JSON object", node));
      return;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (name.equals("eventId") || name.equals("occurredAt")) {
        violations.add(
            ViolationCode.UNKNOWN_FIELD.at(
                "data." + name,
                "data." + name,
                "; a CloudEvent carries it as '" + NAMES.apply(name) + "'"));
      } else {
        fields.set(name, field.getValue());
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }

  @FunctionalInterface
  private interface Reader {
    CloudEvent read();
  }
}
