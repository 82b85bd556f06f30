package vn.dxmonitor.processor.binary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes the processor's state and its records between stages in a compact binary form: big-endian
 * numbers and strings as {@link java.io.DataOutput#writeUTF} writes them, into one growing array.
 * Every event passes through a serde several times, so this is written out by hand rather than
 * through the synchronised streams of {@code java.io}; the form is private to the processor, whose
 * state is rebuilt from the events whenever it changes.
 */
public final class BinaryWriter {

  private byte[] bytes = new byte[128];
  private int size;

  public BinaryWriter writeByte(int value) {
    ensure(1);
    bytes[size++] = (byte) value;
    return this;
  }

  public BinaryWriter writeBoolean(boolean value) {
    return writeByte(value ? 1 : 0);
  }

  public BinaryWriter writeShort(int value) {
    ensure(2);
    bytes[size++] = (byte) (value >>> 8);
    bytes[size++] = (byte) value;
    return this;
  }

  public BinaryWriter writeInt(int value) {
    ensure(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      bytes[size++] = (byte) (value >>> shift);
    }
    return this;
  }

  public BinaryWriter writeLong(long value) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      bytes[size++] = (byte) (value >>> shift);
    }
    return this;
  }

  public BinaryWriter writeDouble(double value) {
    return writeLong(Double.doubleToLongBits(value));
  }

  /** A double or null. */
  public BinaryWriter writeNullableDouble(Double value) {
    writeBoolean(value != null);
    return value == null ? this : writeDouble(value);
  }

  /** A string or null. */
  public BinaryWriter writeString(String value) {
    writeBoolean(value != null);
    if (value == null) {
      return this;
    }
    int length = ModifiedUtf8.length(value);
    if (length > 0xFFFF) {
      throw new IllegalArgumentException("a string of " + length + " bytes is too long to write");
    }
    writeShort(length);
    ensure(length);
    size = ModifiedUtf8.encode(value, bytes, size);
    return this;
  }

  /** Bytes another writer wrote, as they are. */
  public BinaryWriter writeRaw(byte[] raw) {
    ensure(raw.length);
    System.arraycopy(raw, 0, bytes, size, raw.length);
    size += raw.length;
    return this;
  }

  /** An instant or null, to the millisecond. */
  public BinaryWriter writeInstant(Instant value) {
    return writeLong(value == null ? Long.MIN_VALUE : value.toEpochMilli());
  }

  /** A date or null. */
  public BinaryWriter writeDate(LocalDate value) {
    return writeInt(value == null ? Integer.MIN_VALUE : (int) value.toEpochDay());
  }

  public byte[] toBytes() {
    return Arrays.copyOf(bytes, size);
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
