package vn.dxmonitor.ingest.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dxmonitor.ingest.format.UnreadableBodyException;
import vn.dxmonitor.runtime.access.OutsideScopeException;
import vn.dxmonitor.runtime.keys.InvalidKeyRequestException;

/** Renders refused ingest requests as RFC 9457 problem details, for the ingest API only. */
// Every ingest controller, named by package so this advice need not know them one by one.
@RestControllerAdvice(basePackages = "vn.dxmonitor.ingest")
public class IngestProblems {

  static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

  @ExceptionHandler(IngestException.class)
  ResponseEntity<ProblemDetail> refused(IngestException e) {
    ProblemDetail problem = problem(e.code(), e.getMessage());
    e.properties().forEach(problem::setProperty);
    ResponseEntity.BodyBuilder response =
        ResponseEntity.status(e.code().status()).contentType(PROBLEM_JSON);
    if (e.retryAfter() != null) {
      response.header(HttpHeaders.RETRY_AFTER, seconds(e.retryAfter()));
    }
    if (e.code().status().value() == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dx-monitor\"");
    }
    return response.body(problem);
  }

  @ExceptionHandler(UnreadableBodyException.class)
  ResponseEntity<ProblemDetail> unreadable(UnreadableBodyException e) {
    return refused(new IngestException(ErrorCode.UNPARSEABLE_BODY, e.getMessage()));
  }

  @ExceptionHandler(InvalidKeyRequestException.class)
  ResponseEntity<ProblemDetail> invalidKey(InvalidKeyRequestException e) {
    List<Map<String, String>> errors =
        e.problems().stream()
            .map(problem -> Map.of("field", problem.getKey(), "message", problem.getValue()))
            .toList();
    return refused(
        new IngestException(
            ErrorCode.INVALID_REQUEST, e.getMessage(), Map.of("errors", errors), null, e));
  }

  @ExceptionHandler(OutsideScopeException.class)
  ResponseEntity<ProblemDetail> outsideScope(OutsideScopeException e) {
    return refused(
        new IngestException(
            ErrorCode.OUTSIDE_SCOPE,
            e.getMessage(),
            Map.of("errors", List.of(Map.of("field", e.field(), "message", e.getMessage()))),
            null,
            e));
  }

  private static ProblemDetail problem(ErrorCode code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
    problem.setTitle(code.title());
    problem.setType(URI.create("urn:dx-monitor:problem:" + code.code()));
    problem.setProperty("code", code.code());
    return problem;
  }

  /** Whole seconds, rounded up and at least one, as {@code Retry-After} wants them. */
  static String seconds(Duration wait) {
    long seconds = (wait.toMillis() + 999) / 1000;
    return Long.toString(Math.max(1, seconds));
  }
}
