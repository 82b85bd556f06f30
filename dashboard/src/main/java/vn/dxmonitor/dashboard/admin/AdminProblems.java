package vn.dxmonitor.dashboard.admin;

import java.net.URI;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dxmonitor.runtime.access.OutsideScopeException;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriteException;

/**
 * The admin API's failures as RFC 9457 problem details: a {@code 400} lists every field at fault,
 * so an editor fixes a plan in one pass.
 */
// Named by package, not by class: the advice must not tie its package to the ones it serves.
@RestControllerAdvice(
    basePackages = {"vn.dxmonitor.dashboard.admin", "vn.dxmonitor.dashboard.ranking"})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AdminProblems {

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "invalid-request", "Request not accepted", e.getMessage());
    problem.setProperty("errors", e.errors());
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(UnauthorizedException.class)
  ResponseEntity<ProblemDetail> unauthorized(UnauthorizedException e) {
    HttpStatus status = e.isForbidden() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
    String code = e.isForbidden() ? "admin-key-required" : "missing-api-key";
    return ResponseEntity.status(status)
        .header("WWW-Authenticate", "Bearer realm=\"dx-monitor\"")
        .body(problem(status, code, "An administrator key is required", e.getMessage()));
  }

  @ExceptionHandler(OutsideScopeException.class)
  ResponseEntity<ProblemDetail> outsideScope(OutsideScopeException e) {
    ProblemDetail problem =
        problem(HttpStatus.FORBIDDEN, "outside-scope", "Beyond your own scope", e.getMessage());
    problem.setProperty(
        "errors", List.of(new InvalidRequestException.FieldError(e.field(), e.getMessage())));
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    HttpStatus status = e.isMissing() ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
    String code = e.isMissing() ? "not-found" : "exists";
    return ResponseEntity.status(status)
        .body(problem(status, code, e.isMissing() ? "Not found" : "Exists", e.getMessage()));
  }

  @ExceptionHandler(CatalogWriteException.class)
  ResponseEntity<ProblemDetail> unavailable(CatalogWriteException e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "5")
        .body(
            problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "catalog-unavailable",
                "The catalog could not be stored; retry",
                e.getMessage()));
  }

  private static ProblemDetail problem(
      HttpStatus status, String code, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("urn:dx-monitor:problem:" + code));
    problem.setProperty("code", code);
    return problem;
  }
}
