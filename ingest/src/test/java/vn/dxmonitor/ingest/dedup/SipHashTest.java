package vn.dxmonitor.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SipHashTest {

  /** The key 00 01 02 … 0f of the reference test vectors. */
  private final SipHash reference = new SipHash(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);

  @Test
  void matchesThePublishedTestVectors() {
    assertThat(reference.hash(new byte[0])).isEqualTo(0x726fdb47dd0e0e31L);
    assertThat(reference.hash(counting(1))).isEqualTo(0x74f839c593dc67fdL);
    // The example worked through in the paper's appendix: fifteen bytes 00 … 0e.
    assertThat(reference.hash(counting(15))).isEqualTo(0xa129ca6149be45e5L);
  }

  @Test
  void hashesTextAsItsUtf16LittleEndianBytes() {
    for (String text : List.of("", "a", "ab", "abc", "abcd", "e-office|id-42", "đạt 😀 dữ liệu")) {
      assertThat(reference.hash(text))
          .as(text)
          .isEqualTo(reference.hash(text.getBytes(StandardCharsets.UTF_16LE)));
    }
  }

  @Test
  void anotherKeyGivesAnotherHash() {
    SipHash other = new SipHash(1, 2);

    assertThat(other.hash(counting(15))).isNotEqualTo(reference.hash(counting(15)));
  }

  private static byte[] counting(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }
}
