package vn.dxmonitor.processor.contribution;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import vn.dxmonitor.processor.binary.BinaryReader;
import vn.dxmonitor.processor.binary.BinaryWriter;

/**
 * A reporting unit's figures for an indicator by the time they were true. The latest is what its
 * ancestors' sums hold for it; the earlier ones are kept while they can still be revised, so that
 * withdrawing the latest hands its place back to the one before.
 */
public final class ReportedFigures {

  private final TreeMap<Instant, Double> byTime;

  public ReportedFigures() {
    this(new TreeMap<>());
  }

  private ReportedFigures(TreeMap<Instant, Double> byTime) {
    this.byTime = byTime;
  }

  /** The figure in force — the latest by time — or null. */
  public Map.Entry<Instant, Double> latest() {
    return byTime.lastEntry();
  }

  public void put(Instant at, double figure) {
    byTime.put(at, figure);
  }

  public void remove(Instant at) {
    byTime.remove(at);
  }

  /** Forgets the figures before {@code instant} except the last of them, which still holds. */
  public void forgetBefore(Instant instant) {
    Instant holding = byTime.lowerKey(instant);
    if (holding != null) {
      byTime.headMap(holding, false).clear();
    }
  }

  public boolean isEmpty() {
    return byTime.isEmpty();
  }

  /** In the contributor's store, in binary. */
  public static final class ReportedFiguresSerde implements Serde<ReportedFigures> {

    @Override
    public Serializer<ReportedFigures> serializer() {
      return (topic, figures) -> {
        if (figures == null) {
          return null;
        }
        BinaryWriter out = new BinaryWriter().writeInt(figures.byTime.size());
        figures.byTime.forEach(
            (at, figure) ->
                out.writeLong(at.getEpochSecond()).writeInt(at.getNano()).writeDouble(figure));
        return out.toBytes();
      };
    }

    @Override
    public Deserializer<ReportedFigures> deserializer() {
      return (topic, bytes) -> {
        if (bytes == null) {
          return null;
        }
        BinaryReader in = new BinaryReader(bytes, "reported figures");
        TreeMap<Instant, Double> byTime = new TreeMap<>();
        for (int i = in.readInt(); i > 0; i--) {
          byTime.put(Instant.ofEpochSecond(in.readLong(), in.readInt()), in.readDouble());
        }
        return new ReportedFigures(byTime);
      };
    }
  }
}
