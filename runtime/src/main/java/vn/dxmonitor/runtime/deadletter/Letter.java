package vn.dxmonitor.runtime.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import vn.dxmonitor.model.deadletter.Replay;
import vn.dxmonitor.runtime.json.JsonCodec;
import vn.dxmonitor.runtime.kafka.Topics;

/**
 * One dead letter: an event the processor could not use, as it lies on {@code
 * dx.metric-events.dlt}, with what could be read from it and whether it was replayed.
 *
 * @param timestamp the record's timestamp, kept from the original event (when it was accepted)
 * @param key the record key: the unit code as it was sent
 * @param reasonCode the code alone ({@code dx.error.code}), e.g. {@code unknown-indicator}
 * @param reason the whole reason ({@code dx.error}), starting with its code
 * @param eventId the event's id, null when the bytes are not an event
 * @param unit the event's unit, null when the bytes are not an event
 * @param indicator the event's indicator, null when the bytes are not an event
 * @param occurredAt the event's time, null when absent or unreadable
 * @param raw the original bytes, exactly as they were sent
 * @param headers every header of the record, in order
 * @param replay when and by whom it was sent back; null while it has not been
 */
public record Letter(
    LetterId id,
    Instant timestamp,
    String key,
    String reasonCode,
    String reason,
    String eventId,
    String unit,
    String indicator,
    Instant occurredAt,
    byte[] raw,
    List<LetterHeader> headers,
    Replay replay) {

  public Letter {
    headers = List.copyOf(headers);
  }

  /** Reads what can be read of the event: a letter may hold anything, even no JSON at all. */
  static Letter of(
      LetterId id, Instant timestamp, String key, byte[] raw, List<LetterHeader> headers) {
    String reason = header(headers, Topics.ERROR_HEADER).orElse("unknown: no dx.error header");
    String code = header(headers, Topics.ERROR_CODE_HEADER).orElseGet(() -> codeOf(reason));
    JsonNode event = parse(raw);
    return new Letter(
        id,
        timestamp,
        key,
        code,
        reason,
        field(event, "eventId"),
        field(event, "unit"),
        field(event, "indicator"),
        instant(field(event, "occurredAt")),
        raw == null ? new byte[0] : raw,
        headers,
        null);
  }

  Letter withReplay(Replay newReplay) {
    return new Letter(
        id,
        timestamp,
        key,
        reasonCode,
        reason,
        eventId,
        unit,
        indicator,
        occurredAt,
        raw,
        headers,
        newReplay);
  }

  public boolean replayed() {
    return replay != null;
  }

  /** The letter this one came from when it is itself a replay that failed again. */
  public Optional<String> replayedFrom() {
    return header(headers, Topics.REPLAYED_FROM_HEADER);
  }

  /** The unit the letter is about: the event's unit when readable, else the record key. */
  public String unitCode() {
    return unit != null ? unit : key;
  }

  /** The original bytes as text; pretty-printed when they are JSON. */
  public String prettyValue() {
    JsonNode tree = parse(raw);
    if (tree == null) {
      return new String(raw, StandardCharsets.UTF_8);
    }
    return JsonCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
  }

  static Optional<String> header(List<LetterHeader> headers, String key) {
    String found = null;
    for (LetterHeader header : headers) {
      if (header.key().equals(key)) {
        found = header.text();
      }
    }
    return Optional.ofNullable(found);
  }

  private static String codeOf(String reason) {
    int end = 0;
    while (end < reason.length() && reason.charAt(end) != ' ' && reason.charAt(end) != ':') {
      end++;
    }
    return end == 0 ? "unknown" : reason.substring(0, end);
  }

  private static JsonNode parse(byte[] raw) {
    if (raw == null || raw.length == 0) {
      return null;
    }
    try {
      JsonNode tree = JsonCodec.mapper().readTree(raw);
      return tree != null && tree.isObject() ? tree : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String field(JsonNode event, String name) {
    if (event == null) {
      return null;
    }
    JsonNode value = event.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asString() : value.toString();
  }

  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }
}
