package vn.dxmonitor.processor.contribution;

import java.time.Instant;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import vn.dxmonitor.processor.binary.BinaryReader;
import vn.dxmonitor.processor.binary.BinaryWriter;

/**
 * A reporting unit's latest figure for an indicator and when it was true: what its ancestors' sums
 * hold for it, so a newer report can send them the difference.
 */
public record LatestFigure(Instant occurredAt, double value) {

  /** In the contributor's store, in binary. */
  public static final class LatestFigureSerde implements Serde<LatestFigure> {

    @Override
    public Serializer<LatestFigure> serializer() {
      return (topic, figure) ->
          figure == null
              ? null
              : new BinaryWriter()
                  .writeInstant(figure.occurredAt())
                  .writeDouble(figure.value())
                  .toBytes();
    }

    @Override
    public Deserializer<LatestFigure> deserializer() {
      return (topic, bytes) -> {
        if (bytes == null) {
          return null;
        }
        BinaryReader in = new BinaryReader(bytes, "latest figure");
        return new LatestFigure(in.readInstant(), in.readDouble());
      };
    }
  }
}
