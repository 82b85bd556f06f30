package vn.dxmonitor.processor.binary;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes the processor's state and its records between stages in a compact binary form. Every event
 * passes through a serde several times, and JSON was the larger part of that cost; the form is
 * private to the processor, whose state is rebuilt from the events whenever it changes.
 */
public final class BinaryWriter {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
  private final DataOutputStream out = new DataOutputStream(bytes);

  public BinaryWriter writeByte(int value) {
    return write(() -> out.writeByte(value));
  }

  public BinaryWriter writeInt(int value) {
    return write(() -> out.writeInt(value));
  }

  public BinaryWriter writeLong(long value) {
    return write(() -> out.writeLong(value));
  }

  public BinaryWriter writeDouble(double value) {
    return write(() -> out.writeDouble(value));
  }

  /** A string or null. */
  public BinaryWriter writeString(String value) {
    return write(
        () -> {
          out.writeBoolean(value != null);
          if (value != null) {
            out.writeUTF(value);
          }
        });
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
    return bytes.toByteArray();
  }

  private BinaryWriter write(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return this;
  }

  @FunctionalInterface
  private interface Write {
    void run() throws IOException;
  }
}
