package vn.dxmonitor.processor.aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import vn.dxmonitor.model.trajectory.Baseline;
import vn.dxmonitor.model.value.HistoryPoint;
import vn.dxmonitor.processor.binary.BinaryReader;
import vn.dxmonitor.processor.binary.BinaryWriter;
import vn.dxmonitor.processor.window.CountHistory;
import vn.dxmonitor.processor.window.Counts;
import vn.dxmonitor.processor.window.Reports;

/** {@link ValueState} in the aggregate store and its changelog, in binary. */
public final class ValueStateSerde implements Serde<ValueState> {

  /** Written first, so a later layout can still read this one. */
  private static final int VERSION = 3;

  /** The layout before the open day kept a ratio's calendar counts. */
  private static final int WITHOUT_CALENDAR = 2;

  /** The layout before the value was published on a clock: nothing pending, no open day. */
  private static final int WITHOUT_PENDING = 1;

  @Override
  public Serializer<ValueState> serializer() {
    return (topic, state) -> state == null ? null : write(state);
  }

  @Override
  public Deserializer<ValueState> deserializer() {
    return (topic, bytes) -> bytes == null ? null : read(bytes);
  }

  private static byte[] write(ValueState state) {
    BinaryWriter out = new BinaryWriter().writeByte(VERSION);
    writeCounts(out, state.counts().days());
    writeCounts(out, state.counts().periods());
    out.writeInt(state.own().byTime().size());
    state.own().byTime().forEach((at, value) -> out.writeInstant(at).writeDouble(value));
    byte[] children = state.encodedChildren();
    if (children == null) {
      BinaryWriter encoded = new BinaryWriter().writeInt(state.children().size());
      state.children().forEach((child, day) -> encoded.writeString(child).writeDate(day));
      children = encoded.toBytes();
      state.encodedChildren(children);
    }
    out.writeRaw(children);
    out.writeDouble(state.figureSum())
        .writeLong(state.figureReporting())
        .writeString(state.reporterLevel())
        .writeInstant(state.lastEventAt())
        .writeLong(state.events());
    Baseline baseline = state.baseline();
    out.writeDate(baseline == null ? null : baseline.date())
        .writeDouble(baseline == null ? 0 : baseline.value())
        .writeLong(state.published());
    out.writeBoolean(state.pending()).writeDate(state.correctFrom());
    OpenDay open = state.openDay();
    out.writeDate(open == null ? null : open.day());
    if (open != null) {
      out.writeNullableDouble(open.value())
          .writeLong(open.numerator())
          .writeLong(open.denominator());
      HistoryPoint.CalendarCounts calendar = open.calendar();
      out.writeBoolean(calendar != null);
      if (calendar != null) {
        out.writeLong(calendar.numeratorMtd())
            .writeLong(calendar.denominatorMtd())
            .writeLong(calendar.numeratorQtd())
            .writeLong(calendar.denominatorQtd())
            .writeLong(calendar.numeratorYtd())
            .writeLong(calendar.denominatorYtd());
      }
    }
    return out.toBytes();
  }

  private static ValueState read(byte[] bytes) {
    BinaryReader in = new BinaryReader(bytes, "indicator state");
    int version = in.readByte();
    if (version != VERSION && version != WITHOUT_CALENDAR && version != WITHOUT_PENDING) {
      throw new SerializationException(
          "indicator state of layout "
              + version
              + ", but this processor reads "
              + WITHOUT_PENDING
              + " to "
              + VERSION);
    }
    TreeMap<LocalDate, Counts> days = readCounts(in);
    TreeMap<LocalDate, Counts> periods = readCounts(in);
    TreeMap<Instant, Double> reports = new TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      reports.put(in.readInstant(), in.readDouble());
    }
    int childrenStart = in.position();
    TreeMap<String, LocalDate> children = new TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      children.put(in.readString(), in.readDate());
    }
    byte[] encodedChildren = in.readSince(childrenStart);
    double figureSum = in.readDouble();
    long figureReporting = in.readLong();
    String reporterLevel = in.readString();
    Instant lastEventAt = in.readInstant();
    long events = in.readLong();
    LocalDate baselineDate = in.readDate();
    double baselineValue = in.readDouble();
    long published = in.readLong();
    ValueState state =
        new ValueState(
            new CountHistory(days, periods),
            new Reports(reports),
            children,
            figureSum,
            figureReporting,
            reporterLevel,
            lastEventAt,
            events,
            baselineDate == null ? null : new Baseline(baselineDate, baselineValue),
            published);
    state.encodedChildren(encodedChildren);
    if (version != VERSION) {
      // Earlier layouts summed by year: the days still kept move to their months
      state.counts().splitKeptDaysIntoMonths();
    }
    if (version != WITHOUT_PENDING) {
      state.restorePending(in.readBoolean(), in.readDate());
      LocalDate openDay = in.readDate();
      if (openDay != null) {
        state.openDay(readOpenDay(in, openDay, version));
      }
    }
    return state;
  }

  private static OpenDay readOpenDay(BinaryReader in, LocalDate day, int version) {
    Double value = in.readNullableDouble();
    long numerator = in.readLong();
    long denominator = in.readLong();
    HistoryPoint.CalendarCounts calendar = null;
    if (version == VERSION && in.readBoolean()) {
      calendar =
          new HistoryPoint.CalendarCounts(
              in.readLong(),
              in.readLong(),
              in.readLong(),
              in.readLong(),
              in.readLong(),
              in.readLong());
    }
    return new OpenDay(day, value, numerator, denominator, calendar);
  }

  private static void writeCounts(BinaryWriter out, Map<LocalDate, Counts> counts) {
    out.writeInt(counts.size());
    counts.forEach(
        (day, sum) -> out.writeDate(day).writeLong(sum.numerator()).writeLong(sum.denominator()));
  }

  private static TreeMap<LocalDate, Counts> readCounts(BinaryReader in) {
    TreeMap<LocalDate, Counts> counts = new TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      counts.put(in.readDate(), new Counts(in.readLong(), in.readLong()));
    }
    return counts;
  }
}
