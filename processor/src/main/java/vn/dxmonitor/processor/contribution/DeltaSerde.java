package vn.dxmonitor.processor.contribution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import vn.dxmonitor.processor.binary.BinaryReader;
import vn.dxmonitor.processor.binary.BinaryWriter;
import vn.dxmonitor.processor.window.Counts;

/** {@link Delta}s in the contributor's store and on the topic between the two stages, in binary. */
public final class DeltaSerde implements Serde<Delta> {

  @Override
  public Serializer<Delta> serializer() {
    return (topic, delta) -> delta == null ? null : write(delta);
  }

  @Override
  public Deserializer<Delta> deserializer() {
    return (topic, bytes) -> bytes == null ? null : read(bytes);
  }

  private static byte[] write(Delta delta) {
    BinaryWriter out = new BinaryWriter();
    out.writeInt(delta.counts().size());
    delta
        .counts()
        .forEach(
            (day, sum) ->
                out.writeDate(day).writeLong(sum.numerator()).writeLong(sum.denominator()));
    out.writeInt(delta.reports().size());
    delta.reports().forEach((at, value) -> out.writeInstant(at).writeDouble(value));
    out.writeInt(delta.children().size());
    delta.children().forEach((child, day) -> out.writeString(child).writeDate(day));
    return out.writeDouble(delta.figureChange())
        .writeLong(delta.newlyReporting())
        .writeString(delta.reporterLevel())
        .writeLong(delta.events())
        .writeInstant(delta.lastEventAt())
        .writeDate(delta.firstDay())
        .toBytes();
  }

  private static Delta read(byte[] bytes) {
    BinaryReader in = new BinaryReader(bytes, "contribution delta");
    TreeMap<LocalDate, Counts> counts = new TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      counts.put(in.readDate(), new Counts(in.readLong(), in.readLong()));
    }
    TreeMap<Instant, Double> reports = new TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      reports.put(in.readInstant(), in.readDouble());
    }
    TreeMap<String, LocalDate> children = new TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      children.put(in.readString(), in.readDate());
    }
    return new Delta(
        counts,
        reports,
        children,
        in.readDouble(),
        in.readLong(),
        in.readString(),
        in.readLong(),
        in.readInstant(),
        in.readDate());
  }
}
