package vn.dxmonitor.processor.contribution;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import vn.dxmonitor.processor.binary.BinaryReader;
import vn.dxmonitor.processor.binary.BinaryWriter;

/** {@link Contribution}s on the repartition topic between the two stages, in binary. */
public final class ContributionSerde implements Serde<Contribution> {

  private static final Contribution.Type[] TYPES = Contribution.Type.values();

  @Override
  public Serializer<Contribution> serializer() {
    return (topic, contribution) ->
        contribution == null
            ? null
            : new BinaryWriter()
                .writeByte(contribution.type().ordinal())
                .writeInstant(contribution.occurredAt())
                .writeString(contribution.child())
                .writeString(contribution.reporterLevel())
                .writeLong(contribution.numerator())
                .writeLong(contribution.denominator())
                .writeDouble(contribution.value())
                .writeLong(contribution.reporting())
                .writeBoolean(contribution.retraction())
                .toBytes();
  }

  @Override
  public Deserializer<Contribution> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      BinaryReader in = new BinaryReader(bytes, "contribution");
      return new Contribution(
          TYPES[in.readByte()],
          in.readInstant(),
          in.readString(),
          in.readString(),
          in.readLong(),
          in.readLong(),
          in.readDouble(),
          in.readLong(),
          in.readBoolean());
    };
  }
}
