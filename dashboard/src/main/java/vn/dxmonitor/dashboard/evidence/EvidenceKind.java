package vn.dxmonitor.dashboard.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a figure's evidence may be, told by the file's first bytes, never by the type
 * the browser declares: a scanned decision (PDF or image) or an office document. A Word or Excel
 * file is a zip archive, so for those the name's extension tells which.
 */
public enum EvidenceKind {
  PDF("application/pdf", ".pdf"),
  PNG("image/png", ".png"),
  JPEG("image/jpeg", ".jpg"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

  /** What a refusal says the file may be. */
  public static final String ALLOWED =
      "a PDF, a PNG or JPEG image, a Word (.docx) or an Excel (.xlsx) document";

  private static final byte[] PDF_START = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_START = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] ZIP_START = {'P', 'K', 3, 4};

  private final String contentType;
  private final String extension;

  EvidenceKind(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** The kind {@code content} is, or empty when it is none the platform keeps. */
  public static Optional<EvidenceKind> of(byte[] content, String name) {
    if (startsWith(content, PDF_START)) {
      return Optional.of(PDF);
    }
    if (startsWith(content, PNG_START)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, JPEG_START)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, ZIP_START) && name != null) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(DOCX.extension)) {
        return Optional.of(DOCX);
      }
      if (lower.endsWith(XLSX.extension)) {
        return Optional.of(XLSX);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] start) {
    return content.length >= start.length
        && Arrays.equals(content, 0, start.length, start, 0, start.length);
  }
}
