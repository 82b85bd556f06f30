package vn.dxmonitor.dashboard.api;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dxmonitor.dashboard.search.SearchUnavailableException;
import vn.dxmonitor.runtime.web.Problem;

/**
 * Maps the read API's failures to RFC 9457 problem details. Scoped to this package's controllers,
 * because in the platform other services' controllers share the dispatcher; ordered first so that a
 * global problem-details handler does not answer for these controllers with less detail.
 */
// Named by package, not by class: the advice must not tie its package to the ones it serves.
@RestControllerAdvice(
    basePackages = {
      "vn.dxmonitor.dashboard.api",
      "vn.dxmonitor.dashboard.ranking",
      "vn.dxmonitor.dashboard.reporting",
      "vn.dxmonitor.dashboard.scorecard"
    })
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> refused(ApiException e) {
    return Problem.of(e.code(), e.getMessage()).with("parameter", e.parameter()).response();
  }

  @ExceptionHandler(SearchUnavailableException.class)
  ResponseEntity<ProblemDetail> unavailable(SearchUnavailableException e) {
    log.warn("Read API answered 503: {}", e.getMessage());
    return Problem.of(ErrorCode.SEARCH_UNAVAILABLE, e.getMessage())
        .retryAfter(Duration.ofSeconds(5))
        .response();
  }
}
