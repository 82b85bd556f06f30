package vn.dxmonitor.dashboard.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.util.unit.DataSize;
import vn.dxmonitor.dashboard.admin.InvalidRequestException;
import vn.dxmonitor.dashboard.api.ApiException;
import vn.dxmonitor.dashboard.api.ErrorCode;
import vn.dxmonitor.dashboard.evidence.EvidenceFile;
import vn.dxmonitor.dashboard.evidence.EvidenceKind;
import vn.dxmonitor.dashboard.evidence.EvidenceStore;
import vn.dxmonitor.dashboard.evidence.EvidenceView;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.model.time.VietnamTime;

/**
 * Keeps the files that back reported figures: only someone who may enter the figure uploads one,
 * only a file of a kind the platform keeps ({@link EvidenceKind}, told by its content) and no
 * larger than {@code dx.evidence.max-size}; anyone who sees the unit reads it.
 */
public final class EvidenceDesk {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");
  private static final int MOST_NAME = 200;

  private final SubmissionDesk submissions;
  private final SubmissionAccess access;
  private final EvidenceStore store;
  private final DataSize maxSize;
  private final Clock clock;

  public EvidenceDesk(
      SubmissionDesk submissions,
      SubmissionAccess access,
      EvidenceStore store,
      DataSize maxSize,
      Clock clock) {
    this.submissions = submissions;
    this.access = access;
    this.store = store;
    this.maxSize = maxSize;
    this.clock = clock;
  }

  /** Whether {@code id} has the form of an evidence file's id. */
  static boolean isId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /**
   * Keeps {@code content} as the evidence of the figure, once the viewer may enter it.
   *
   * @return the file kept, without its content; its link goes in the figure's {@code evidence}
   */
  public EvidenceView upload(
      Viewer viewer,
      String unitCode,
      String indicatorId,
      String periodId,
      String fileName,
      byte[] content) {
    List<String> figure = submissions.requireReportable(viewer, unitCode, indicatorId, periodId);
    if (content == null || content.length == 0) {
      throw InvalidRequestException.of("file", "is empty: choose the file to upload");
    }
    if (content.length > maxSize.toBytes()) {
      throw InvalidRequestException.of(
          "file",
          String.format(
              Locale.ROOT,
              "must be at most %s (%,d bytes), but was %,d bytes",
              megabytes(maxSize.toBytes()),
              maxSize.toBytes(),
              content.length));
    }
    String name = cleanName(fileName);
    EvidenceKind kind =
        EvidenceKind.of(content, name)
            .orElseThrow(
                () ->
                    InvalidRequestException.of(
                        "file",
                        "must be "
                            + EvidenceKind.ALLOWED
                            + "; the content of '"
                            + name
                            + "' is none of these"));
    Instant now = clock.instant();
    EvidenceFile file =
        new EvidenceFile(
            idOf(figure, content),
            figure.get(0),
            figure.get(1),
            figure.get(2),
            name.isEmpty() ? "minh-chung" + kind.extension() : name,
            kind.contentType(),
            content.length,
            viewer.actor(),
            now,
            Base64.getEncoder().encodeToString(content));
    store.save(file);
    return file.view();
  }

  /** The file {@code id}, to a viewer who sees its unit; to anyone else, as if there were none. */
  public EvidenceFile read(Viewer viewer, String id) {
    EvidenceFile file =
        (isId(id) ? store.find(id) : Optional.<EvidenceFile>empty()).orElseThrow(() -> missing(id));
    try {
      access.read(viewer, file.unit(), VietnamTime.dateOf(clock.instant()));
    } catch (ApiException e) {
      throw missing(id);
    }
    return file;
  }

  private static ApiException missing(String id) {
    return new ApiException(ErrorCode.UNKNOWN_EVIDENCE, "id", "no evidence file '" + id + "'");
  }

  private static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return (mb == Math.rint(mb)
            ? String.valueOf((long) mb)
            : String.format(Locale.ROOT, "%.1f", mb))
        + " MB";
  }

  /** The name without any folder or control character, at most 200 characters. */
  private static String cleanName(String name) {
    if (name == null) {
      return "";
    }
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String clean = base.replaceAll("[\\p{Cntrl}\"]", "").strip();
    return clean.length() > MOST_NAME ? clean.substring(clean.length() - MOST_NAME) : clean;
  }

  private static String idOf(List<String> figure, byte[] content) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(String.join("|", figure).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return HexFormat.of().formatHex(sha.digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
