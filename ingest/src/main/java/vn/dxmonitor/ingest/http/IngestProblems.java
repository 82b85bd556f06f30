package vn.dxmonitor.ingest.http;

import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dxmonitor.ingest.format.UnreadableBodyException;
import vn.dxmonitor.runtime.access.OutsideScopeException;
import vn.dxmonitor.runtime.keys.InvalidKeyRequestException;
import vn.dxmonitor.runtime.web.FieldError;
import vn.dxmonitor.runtime.web.Problem;

/** Renders refused ingest requests as RFC 9457 problem details, for the ingest API only. */
// Every ingest controller, named by package so this advice need not know them one by one.
@RestControllerAdvice(basePackages = "vn.dxmonitor.ingest")
public class IngestProblems {

  @ExceptionHandler(IngestException.class)
  ResponseEntity<ProblemDetail> refused(IngestException e) {
    Problem problem = Problem.of(e.code(), e.getMessage()).retryAfter(e.retryAfter());
    e.properties().forEach(problem::with);
    return problem.response();
  }

  @ExceptionHandler(UnreadableBodyException.class)
  ResponseEntity<ProblemDetail> unreadable(UnreadableBodyException e) {
    return Problem.of(ErrorCode.UNPARSEABLE_BODY, e.getMessage()).response();
  }

  @ExceptionHandler(InvalidKeyRequestException.class)
  ResponseEntity<ProblemDetail> invalidKey(InvalidKeyRequestException e) {
    List<FieldError> errors =
        e.problems().stream()
            .map(problem -> new FieldError(problem.getKey(), problem.getValue()))
            .toList();
    return Problem.of(ErrorCode.INVALID_REQUEST, e.getMessage()).errors(errors).response();
  }

  @ExceptionHandler(OutsideScopeException.class)
  ResponseEntity<ProblemDetail> outsideScope(OutsideScopeException e) {
    return Problem.of(ErrorCode.OUTSIDE_SCOPE, e.getMessage())
        .errors(List.of(new FieldError(e.field(), e.getMessage())))
        .response();
  }
}
