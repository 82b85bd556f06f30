package vn.dxmonitor.runtime.kafka;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.runtime.json.JsonCodec;

/** A serde for records in their {@link JsonCodec} form; null stays null (a tombstone). */
public final class JsonSerde<T> implements Serde<T> {

  private final Class<T> type;

  public JsonSerde(Class<T> type) {
    this.type = type;
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, data) -> data == null ? null : JsonCodec.write(data);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, data) -> {
      if (data == null) {
        return null;
      }
      try {
        return JsonCodec.read(data, type);
      } catch (JacksonException e) {
        throw new SerializationException(
            "record on "
                + topic
                + " is not a valid "
                + type.getSimpleName()
                + ": "
                + e.getOriginalMessage(),
            e);
      }
    };
  }
}
