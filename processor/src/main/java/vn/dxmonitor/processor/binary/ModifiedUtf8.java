package vn.dxmonitor.processor.binary;

import org.apache.kafka.common.errors.SerializationException;

/**
 * Strings in the form of {@link java.io.DataOutput#writeUTF}, so state written by the earlier
 * stream-based writer still reads: one byte for U+0001–U+007F, two for U+0000 and up to U+07FF,
 * three for the rest (each half of a surrogate pair on its own).
 */
final class ModifiedUtf8 {

  private ModifiedUtf8() {}

  static int length(String value) {
    int length = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      length += c >= 1 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3;
    }
    return length;
  }

  /** Encodes into {@code bytes} from {@code at}, which has room; returns the position after. */
  static int encode(String value, byte[] bytes, int at) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 1 && c <= 0x7F) {
        bytes[at++] = (byte) c;
      } else if (c <= 0x7FF) {
        bytes[at++] = (byte) (0xC0 | c >> 6 & 0x1F);
        bytes[at++] = (byte) (0x80 | c & 0x3F);
      } else {
        bytes[at++] = (byte) (0xE0 | c >> 12 & 0x0F);
        bytes[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        bytes[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return at;
  }

  static String decode(byte[] bytes, int from, int length, String what) {
    char[] chars = new char[length];
    int count = 0;
    int at = from;
    int end = from + length;
    while (at < end) {
      int first = bytes[at] & 0xFF;
      if (first < 0x80) {
        chars[count++] = (char) first;
        at++;
      } else if ((first & 0xE0) == 0xC0 && at + 1 < end) {
        chars[count++] = (char) ((first & 0x1F) << 6 | bytes[at + 1] & 0x3F);
        at += 2;
      } else if ((first & 0xF0) == 0xE0 && at + 2 < end) {
        chars[count++] =
            (char) ((first & 0x0F) << 12 | (bytes[at + 1] & 0x3F) << 6 | bytes[at + 2] & 0x3F);
        at += 3;
      } else {
        throw new SerializationException(
            "the bytes are not a whole " + what + ": malformed string at byte " + at);
      }
    }
    return new String(chars, 0, count);
  }
}
