package vn.dxmonitor.ingest.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.ingest.format.BodyItem;
import vn.dxmonitor.ingest.format.ReportCsv;
import vn.dxmonitor.ingest.intake.EventIntake;
import vn.dxmonitor.ingest.intake.IntakeResult;
import vn.dxmonitor.ingest.intake.RejectedEvent;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.runtime.keys.ApiKey;

/**
 * {@code POST /api/v1/reports}: periodic figures as CSV ({@code unit, indicator, period, value}),
 * answered row by row with each row's line in the file.
 */
@RestController
public class ReportsController {

  private final KeyChecks authentication;
  private final IntakeGate gate;
  private final CatalogSource catalog;
  private final Clock clock;

  public ReportsController(
      KeyChecks authentication, IntakeGate gate, CatalogSource catalog, Clock clock) {
    this.authentication = authentication;
    this.gate = gate;
    this.catalog = catalog;
    this.clock = clock;
  }

  @Operation(
      summary = "Report periodic figures as CSV",
      description =
          "Columns unit, indicator, period (2025, 2025-H1, 2025-Q3, 2025-09, 2025-09-30), value;"
              + " optionally numerator, denominator, eventId, occurredAt. Answered row by row.",
      security = @SecurityRequirement(name = OpenApiConfiguration.BEARER),
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = @Content(mediaType = "text/csv")))
  @PostMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ReportAnswer> post(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      HttpServletRequest request) {
    ApiKey key = authentication.requireReporter(authorization);
    gate.admit(key);
    requireCsv(request.getContentType());
    byte[] body = gate.read(request);
    List<ReportCsv.Row> rows =
        ReportCsv.read(body, id -> catalog.catalog().indicator(id).map(Indicator::kind), clock);
    List<BodyItem> items = gate.split(() -> rows.stream().map(ReportCsv.Row::item).toList());
    try {
      IntakeResult result = gate.accept(key, items);
      return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer(rows, result));
    } catch (IngestException e) {
      if (e.code() != ErrorCode.NO_VALID_EVENT) {
        throw e;
      }
      @SuppressWarnings("unchecked")
      List<RejectedEvent> rejected = (List<RejectedEvent>) e.properties().get("rejected");
      throw new IngestException(
          e.code(),
          rows.isEmpty() ? "the report has no rows" : "no row of the report is valid; see 'rows'",
          Map.of("rows", lines(rows, rejected, null)),
          null,
          e);
    }
  }

  private static void requireCsv(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
    if (!type.startsWith("text/csv") && !type.startsWith("application/csv")) {
      throw new IngestException(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "a report is sent as text/csv, but Content-Type was '" + contentType + "'");
    }
  }

  private static ReportAnswer answer(List<ReportCsv.Row> rows, IntakeResult result) {
    return new ReportAnswer(
        result.accepted(),
        result.duplicates(),
        result.rejected().size(),
        lines(rows, result.rejected(), result.outcomes()));
  }

  private static List<ReportAnswer.Line> lines(
      List<ReportCsv.Row> rows, List<RejectedEvent> rejected, List<EventIntake.Outcome> outcomes) {
    Map<Integer, RejectedEvent> byIndex = new HashMap<>();
    rejected.forEach(item -> byIndex.put(item.index(), item));
    List<ReportAnswer.Line> lines = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      RejectedEvent refused = byIndex.get(i);
      EventIntake.Outcome outcome =
          refused != null || outcomes == null ? EventIntake.Outcome.REJECTED : outcomes.get(i);
      lines.add(
          new ReportAnswer.Line(
              rows.get(i).line(),
              rows.get(i).item().eventId(),
              outcome.id(),
              refused == null ? List.of() : refused.errors()));
    }
    return lines;
  }
}
