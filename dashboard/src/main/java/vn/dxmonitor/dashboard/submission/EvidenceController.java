package vn.dxmonitor.dashboard.submission;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.evidence.EvidenceFile;
import vn.dxmonitor.dashboard.evidence.EvidenceView;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.runtime.access.Action;

/**
 * Evidence files: {@code POST /api/v1/evidence?unit=&indicator=&period=&name=} with the file as the
 * body keeps it for that figure and answers its link, which the figure's {@code evidence} then
 * holds; {@code GET /api/v1/evidence/{id}} gives it back to whoever sees the unit.
 */
@RestController
public class EvidenceController {

  private final EvidenceDesk desk;

  public EvidenceController(EvidenceDesk desk) {
    this.desk = desk;
  }

  @PostMapping("/api/v1/evidence")
  public ResponseEntity<EvidenceView> upload(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "indicator", required = false) String indicator,
      @RequestParam(name = "period", required = false) String period,
      @RequestParam(name = "name", required = false) String name,
      @RequestBody(required = false) byte[] body) {
    Viewer viewer = Viewers.require();
    // The role first: a leader is told it may not, whatever it names.
    SubmissionAccess.require(viewer, Action.SUBMIT_FIGURES);
    EvidenceView kept =
        desk.upload(
            viewer,
            SubmissionsController.required("unit", unit),
            SubmissionsController.required("indicator", indicator),
            SubmissionsController.required("period", period),
            name,
            body);
    return ResponseEntity.status(HttpStatus.CREATED)
        .header(HttpHeaders.LOCATION, kept.link())
        .body(kept);
  }

  @GetMapping("/api/v1/evidence/{id}")
  public ResponseEntity<byte[]> download(@PathVariable String id) {
    EvidenceFile file = desk.read(Viewers.require(), id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.name(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(file.bytes());
  }
}
