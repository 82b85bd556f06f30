package vn.dxmonitor.processor.revision;

import java.time.Instant;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.processor.binary.BinaryReader;
import vn.dxmonitor.processor.binary.BinaryWriter;

/**
 * The revision of an event in force — its figures, or its retraction — and its number: what a retry
 * is compared with, and what a revision or retraction takes back.
 */
public record AcceptedEvent(MetricEvent event, int revision) {

  /** In the store, in binary; instants to the nanosecond, so a retry compares equal. */
  public static final class AcceptedEventSerde implements Serde<AcceptedEvent> {

    @Override
    public Serializer<AcceptedEvent> serializer() {
      return (topic, accepted) -> {
        if (accepted == null) {
          return null;
        }
        MetricEvent e = accepted.event();
        BinaryWriter out =
            new BinaryWriter()
                .writeInt(accepted.revision())
                .writeString(e.eventId())
                .writeString(e.source())
                .writeString(e.unit())
                .writeString(e.indicator());
        instant(out, e.occurredAt());
        longOrNull(out, e.numerator());
        longOrNull(out, e.denominator());
        out.writeNullableDouble(e.value());
        longOrNull(out, e.count());
        out.writeByte(e.compliant() == null ? 2 : e.compliant() ? 1 : 0);
        out.writeBoolean(e.retracts());
        instant(out, e.acceptedAt());
        out.writeString(e.sentBy());
        return out.toBytes();
      };
    }

    @Override
    public Deserializer<AcceptedEvent> deserializer() {
      return (topic, bytes) -> {
        if (bytes == null) {
          return null;
        }
        BinaryReader in = new BinaryReader(bytes, "accepted event");
        int revision = in.readInt();
        String eventId = in.readString();
        String source = in.readString();
        String unit = in.readString();
        String indicator = in.readString();
        Instant occurredAt = instant(in);
        Long numerator = longOrNull(in);
        Long denominator = longOrNull(in);
        Double value = in.readNullableDouble();
        Long count = longOrNull(in);
        int compliant = in.readByte();
        boolean retract = in.readBoolean();
        Instant acceptedAt = instant(in);
        String sentBy = in.readString();
        return new AcceptedEvent(
            new MetricEvent(
                eventId,
                source,
                unit,
                indicator,
                occurredAt,
                numerator,
                denominator,
                value,
                count,
                compliant == 2 ? null : compliant == 1,
                retract ? Boolean.TRUE : null,
                acceptedAt,
                sentBy),
            revision);
      };
    }

    private static void instant(BinaryWriter out, Instant instant) {
      out.writeBoolean(instant != null);
      if (instant != null) {
        out.writeLong(instant.getEpochSecond()).writeInt(instant.getNano());
      }
    }

    private static Instant instant(BinaryReader in) {
      return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private static void longOrNull(BinaryWriter out, Long value) {
      out.writeBoolean(value != null);
      if (value != null) {
        out.writeLong(value);
      }
    }

    private static Long longOrNull(BinaryReader in) {
      return in.readBoolean() ? in.readLong() : null;
    }
  }
}
