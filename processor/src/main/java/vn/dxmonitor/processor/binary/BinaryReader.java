package vn.dxmonitor.processor.binary;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.kafka.common.errors.SerializationException;

/** Reads what {@link BinaryWriter} wrote, in the same order. */
public final class BinaryReader {

  private final DataInputStream in;
  private final String what;

  /**
   * @param what what the bytes hold, for the error when they are not that
   */
  public BinaryReader(byte[] bytes, String what) {
    this.in = new DataInputStream(new ByteArrayInputStream(bytes));
    this.what = what;
  }

  public int readByte() {
    return read(in::readByte);
  }

  public int readInt() {
    return read(in::readInt);
  }

  public long readLong() {
    return read(in::readLong);
  }

  public double readDouble() {
    return read(in::readDouble);
  }

  public String readString() {
    return read(in::readBoolean) ? read(in::readUTF) : null;
  }

  public Instant readInstant() {
    long millis = readLong();
    return millis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(millis);
  }

  public LocalDate readDate() {
    int day = readInt();
    return day == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
  }

  private <T> T read(Read<T> read) {
    try {
      return read.run();
    } catch (IOException e) {
      throw new SerializationException("the bytes are not a whole " + what, e);
    }
  }

  @FunctionalInterface
  private interface Read<T> {
    T run() throws IOException;
  }
}
