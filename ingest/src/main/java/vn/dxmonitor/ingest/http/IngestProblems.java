package vn.dxmonitor.ingest.http;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dxmonitor.ingest.format.UnreadableBodyException;
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
}
