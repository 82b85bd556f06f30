package vn.dxmonitor.alerting.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.alerting.silence.SilenceRequest;
import vn.dxmonitor.alerting.silence.Silences;
import vn.dxmonitor.model.alert.Silence;

/**
 * Silences: an operator makes and ends them for its own subtrees (the unit matcher is then
 * required), an administrator for anything. Ending one expires it; it stays listed with who ended
 * it.
 */
@RestController
public class SilencesController {

  private final OperatorAccess access;
  private final Silences silences;
  private final Clock clock;

  public SilencesController(OperatorAccess access, Silences silences, Clock clock) {
    this.access = access;
    this.silences = silences;
    this.clock = clock;
  }

  @GetMapping("/api/v1/silences")
  public List<Silence> list(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestParam(name = "all", defaultValue = "false") boolean all) {
    Operator operator = access.operator(authorization);
    Instant now = clock.instant();
    return silences.all().stream()
        .filter(silence -> all || !silence.isOver(now))
        .filter(silence -> visible(operator, silence))
        .toList();
  }

  @PostMapping("/api/v1/silences")
  public ResponseEntity<Silence> create(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody SilenceRequest request) {
    Operator operator = access.operator(authorization);
    if (!operator.national()) {
      String unit = request.matchers() == null ? null : request.matchers().unit();
      if (unit == null || !operator.reaches(unit)) {
        throw new AlertingApiException(
            ErrorCode.OUTSIDE_SCOPE,
            "matchers.unit",
            "a key with units may silence only units within its subtrees "
                + operator.units()
                + ", but matchers.unit was '"
                + unit
                + "'");
      }
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(silences.create(request, operator.actor()));
  }

  @DeleteMapping("/api/v1/silences/{id}")
  public Silence expire(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable("id") String id) {
    Operator operator = access.operator(authorization);
    Silence silence =
        silences
            .find(id)
            .filter(found -> visible(operator, found))
            .orElseThrow(() -> AlertingApiException.notFound("silence " + id));
    return silences.expire(silence.id(), operator.actor()).orElse(silence);
  }

  private boolean visible(Operator operator, Silence silence) {
    String unit = silence.matchers().unit();
    return operator.national() || (unit != null && operator.reaches(unit));
  }
}
