package vn.dxmonitor.runtime.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of everything the platform puts on Kafka. Strict where leniency would corrupt
 * numbers: a fractional numerator is an error, not a truncated count, and an object naming a field
 * twice is an error rather than whichever came last.
 */
public final class JsonCodec {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonCodec() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }

  public static byte[] write(Object value) {
    return MAPPER.writeValueAsBytes(value);
  }

  public static String writeString(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /**
   * @throws JacksonException when the bytes are not JSON of the expected shape
   */
  public static <T> T read(byte[] json, Class<T> type) {
    return MAPPER.readValue(json, type);
  }

  /**
   * Reads what a person wrote — an administrative request — refusing a field the type does not
   * have, where a record on a topic may carry fields a newer version added.
   *
   * @throws JacksonException naming the unknown field, among the rest
   */
  public static <T> T readStrict(byte[] json, Class<T> type) {
    return MAPPER
        .readerFor(type)
        .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .readValue(json);
  }
}
