package vn.dxmonitor.ingest.http;

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
import vn.dxmonitor.ingest.intake.IntakeResult;
import vn.dxmonitor.runtime.keys.ApiKey;

/**
 * {@code POST /api/v1/events}: one JSON event, an array, {@code {"events": [...]}}, NDJSON, or
 * CloudEvents 1.0 in structured, batch or binary mode.
 */
@RestController
public class EventsController {

  private final KeyAuthentication authentication;
  private final IntakeGate gate;

  public EventsController(KeyAuthentication authentication, IntakeGate gate) {
    this.authentication = authentication;
    this.gate = gate;
  }

  @PostMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<EventsAnswer> post(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      HttpServletRequest request) {
    ApiKey key = authentication.require(authorization);
    gate.admit(key);
    EventFormat format = EventFormat.of(request);
    byte[] body = gate.read(request);
    List<BodyItem> items = gate.split(() -> format.items(request, body));
    IntakeResult result = gate.accept(key, items);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(new EventsAnswer(result.accepted(), result.duplicates(), result.rejected()));
  }
}
