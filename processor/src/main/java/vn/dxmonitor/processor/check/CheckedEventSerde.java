package vn.dxmonitor.processor.check;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.processor.binary.BinaryReader;
import vn.dxmonitor.processor.binary.BinaryWriter;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * A valid {@link CheckedEvent} on its way to the partition of its key: the bytes as the producer
 * wrote them, which a dead letter keeps, then the event as checked (its unit resolved, its source
 * and acceptance filled in), so it is not judged a second time.
 */
public final class CheckedEventSerde implements Serde<CheckedEvent> {

  @Override
  public Serializer<CheckedEvent> serializer() {
    return (topic, checked) -> {
      if (checked == null) {
        return null;
      }
      byte[] raw = checked.raw();
      return new BinaryWriter()
          .writeInt(raw.length)
          .writeRaw(raw)
          .writeRaw(JsonCodec.write(checked.event()))
          .toBytes();
    };
  }

  @Override
  public Deserializer<CheckedEvent> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      BinaryReader in = new BinaryReader(bytes, "checked event");
      byte[] raw = in.readBytes(in.readInt());
      return new CheckedEvent(JsonCodec.read(in.readRest(), MetricEvent.class), raw, null);
    };
  }
}
