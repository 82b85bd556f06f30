package vn.dxmonitor.ingest.dedup;

/**
 * SipHash-2-4 (Aumasson and Bernstein, 2012): a keyed 64-bit hash meant for tables whose keys an
 * adversary chooses. Without the key nobody can make two event ids collide, which a plain hash such
 * as MurmurHash cannot promise whatever its seed.
 */
final class SipHash {

  private final long k0;
  private final long k1;

  /**
   * @param k0 the key's first eight bytes, little-endian
   * @param k1 its last eight
   */
  SipHash(long k0, long k1) {
    this.k0 = k0;
    this.k1 = k1;
  }

  long hash(byte[] data) {
    State state = new State(k0, k1);
    int whole = data.length & ~7;
    for (int i = 0; i < whole; i += 8) {
      state.compress(littleEndian(data, i, 8));
    }
    state.compress(((long) data.length << 56) | littleEndian(data, whole, data.length - whole));
    return state.finish();
  }

  /**
   * The hash of the text's UTF-16LE bytes, read straight from its characters: an id is hashed
   * without being encoded first.
   */
  long hash(String text) {
    State state = new State(k0, k1);
    int length = text.length();
    int whole = length & ~3;
    for (int i = 0; i < whole; i += 4) {
      state.compress(
          text.charAt(i)
              | (long) text.charAt(i + 1) << 16
              | (long) text.charAt(i + 2) << 32
              | (long) text.charAt(i + 3) << 48);
    }
    long last = (long) (2 * length) << 56;
    for (int i = whole; i < length; i++) {
      last |= (long) text.charAt(i) << (16 * (i - whole));
    }
    state.compress(last);
    return state.finish();
  }

  private static long littleEndian(byte[] data, int from, int count) {
    long value = 0;
    for (int i = count - 1; i >= 0; i--) {
      value = (value << 8) | (data[from + i] & 0xffL);
    }
    return value;
  }

  /** The four words of internal state. */
  private static final class State {

    private long v0;
    private long v1;
    private long v2;
    private long v3;

    State(long k0, long k1) {
      v0 = k0 ^ 0x736f6d6570736575L;
      v1 = k1 ^ 0x646f72616e646f6dL;
      v2 = k0 ^ 0x6c7967656e657261L;
      v3 = k1 ^ 0x7465646279746573L;
    }

    void compress(long word) {
      v3 ^= word;
      rounds(2);
      v0 ^= word;
    }

    long finish() {
      v2 ^= 0xff;
      rounds(4);
      return v0 ^ v1 ^ v2 ^ v3;
    }

    private void rounds(int count) {
      for (int round = 0; round < count; round++) {
        v0 += v1;
        v1 = Long.rotateLeft(v1, 13) ^ v0;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v3;
        v3 = Long.rotateLeft(v3, 16) ^ v2;
        v0 += v3;
        v3 = Long.rotateLeft(v3, 21) ^ v0;
        v2 += v1;
        v1 = Long.rotateLeft(v1, 17) ^ v2;
        v2 = Long.rotateLeft(v2, 32);
      }
    }
  }
}
