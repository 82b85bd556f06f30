package vn.dxmonitor.ingest.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.ingest.format.BodyItem;
import vn.dxmonitor.ingest.format.CloudEventBodies;
import vn.dxmonitor.ingest.intake.IntakeResult;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.runtime.keys.ApiKey;

/**
 * {@code POST /api/v1/events}: one JSON event, an array, {@code {"events": [...]}}, NDJSON, or
 * CloudEvents 1.0 in structured, batch or binary mode.
 */
@RestController
public class EventsController {

  private final KeyChecks authentication;
  private final IntakeGate gate;

  public EventsController(KeyChecks authentication, IntakeGate gate) {
    this.authentication = authentication;
    this.gate = gate;
  }

  @Operation(
      summary = "Report metric events",
      description =
          "One event, an array, {\"events\": [...]}, NDJSON, or CloudEvents 1.0 (structured,"
              + " batch, or binary with ce-* headers; type vn.gov.dx.metric.v1). Answers 202 with"
              + " what was accepted, what was a retry, and why each refused item was refused.",
      security = @SecurityRequirement(name = OpenApiConfiguration.BEARER),
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = MetricEvent.class)),
                @Content(mediaType = EventFormat.NDJSON_TYPE),
                @Content(mediaType = CloudEventBodies.STRUCTURED),
                @Content(mediaType = CloudEventBodies.BATCH)
              }))
  @ApiResponse(responseCode = "202", description = "Stored: every accepted event is committed")
  @ApiResponse(responseCode = "400", description = "Unreadable, or no valid event")
  @ApiResponse(responseCode = "401", description = "No key, or an unknown or revoked one")
  @ApiResponse(responseCode = "413", description = "More events or bytes than allowed")
  @ApiResponse(responseCode = "429", description = "Over the key's rate; see Retry-After")
  @ApiResponse(responseCode = "503", description = "Kafka did not store them; see Retry-After")
  @PostMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<EventsAnswer> post(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      HttpServletRequest request) {
    ApiKey key = authentication.requireReporter(authorization);
    gate.admit(key);
    EventFormat format = EventFormat.of(request);
    byte[] body = gate.read(request);
    List<BodyItem> items = gate.split(() -> format.items(request, body));
    IntakeResult result = gate.accept(key, items);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(new EventsAnswer(result.accepted(), result.duplicates(), result.rejected()));
  }
}
