package vn.dxmonitor.dashboard.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file's kind is told by its first bytes; the name decides only between zip-based documents. */
class EvidenceKindTest {

  @ParameterizedTest(name = "{0} named {1} → {2}")
  @CsvSource({
    "%PDF-1.7,          quyet-dinh.pdf,  PDF",
    "%PDF-1.4,          quyet-dinh.png,  PDF",
    "PNG,               anh.png,         PNG",
    "JPEG,              anh.jpg,         JPEG",
    "ZIP,               bao-cao.docx,    DOCX",
    "ZIP,               BAO-CAO.XLSX,    XLSX",
    "ZIP,               luu-tru.zip,     NONE",
    "ZIP,               ,                NONE",
    "<html>,            quyet-dinh.pdf,  NONE",
    "MZ,                setup.pdf,       NONE",
    "%PD,               cut.pdf,         NONE"
  })
  void aFileIsKnownByItsContent(String start, String name, String expected) {
    EvidenceKind kind = EvidenceKind.of(content(start), name).orElse(null);

    assertThat(kind == null ? "NONE" : kind.name()).isEqualTo(expected);
  }

  private static byte[] content(String start) {
    return switch (start) {
      case "PNG" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
      case "JPEG" -> new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0};
      case "ZIP" -> new byte[] {'P', 'K', 3, 4, 20, 0};
      default -> start.getBytes(StandardCharsets.US_ASCII);
    };
  }
}
