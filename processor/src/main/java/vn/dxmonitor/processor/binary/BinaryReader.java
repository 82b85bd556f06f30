package vn.dxmonitor.processor.binary;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.kafka.common.errors.SerializationException;

/** Reads what {@link BinaryWriter} wrote, in the same order. */
public final class BinaryReader {

  private final byte[] bytes;
  private final String what;
  private int position;

  /**
   * @param what what the bytes hold, for the error when they are not that
   */
  public BinaryReader(byte[] bytes, String what) {
    this.bytes = bytes;
    this.what = what;
  }

  public int readByte() {
    need(1);
    return bytes[position++];
  }

  public boolean readBoolean() {
    return readByte() != 0;
  }

  public int readShort() {
    need(2);
    int value = (bytes[position] & 0xFF) << 8 | bytes[position + 1] & 0xFF;
    position += 2;
    return value;
  }

  public int readInt() {
    need(4);
    int value = 0;
    for (int i = 0; i < 4; i++) {
      value = value << 8 | bytes[position++] & 0xFF;
    }
    return value;
  }

  public long readLong() {
    need(8);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = value << 8 | bytes[position++] & 0xFF;
    }
    return value;
  }

  public double readDouble() {
    return Double.longBitsToDouble(readLong());
  }

  /** A double or null. */
  public Double readNullableDouble() {
    return readBoolean() ? readDouble() : null;
  }

  public String readString() {
    if (!readBoolean()) {
      return null;
    }
    int length = readShort();
    need(length);
    String value = ModifiedUtf8.decode(bytes, position, length, what);
    position += length;
    return value;
  }

  public Instant readInstant() {
    long millis = readLong();
    return millis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(millis);
  }

  public LocalDate readDate() {
    int day = readInt();
    return day == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
  }

  /** The next {@code count} bytes, as they were written. */
  public byte[] readBytes(int count) {
    need(count);
    byte[] out = java.util.Arrays.copyOfRange(bytes, position, position + count);
    position += count;
    return out;
  }

  /** What is left, as it was written. */
  public byte[] readRest() {
    return readBytes(bytes.length - position);
  }

  /** How many bytes have been read. */
  public int position() {
    return position;
  }

  /** A copy of the bytes from {@code from} to where reading stands. */
  public byte[] readSince(int from) {
    return java.util.Arrays.copyOfRange(bytes, from, position);
  }

  /** Whether everything written has been read. */
  public boolean atEnd() {
    return position == bytes.length;
  }

  private void need(int count) {
    if (position + count > bytes.length) {
      throw new SerializationException(
          "the bytes are not a whole " + what + ": " + bytes.length + " bytes end too early");
    }
  }
}
