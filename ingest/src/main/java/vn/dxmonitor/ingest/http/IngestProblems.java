package vn.dxmonitor.ingest.http;

import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps {@link IngestException} to RFC 9457 problem details, for the ingest API only. */
@RestControllerAdvice(basePackageClasses = EventsController.class)
public class IngestProblems {

  @ExceptionHandler(IngestException.class)
  ResponseEntity<ProblemDetail> refused(IngestException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.code().status(), e.getMessage());
    problem.setTitle(e.code().title());
    problem.setType(URI.create("urn:dx-monitor:problem:" + e.code().code()));
    problem.setProperty("code", e.code().code());
    e.properties().forEach(problem::setProperty);
    return ResponseEntity.status(e.code().status()).body(problem);
  }
}
