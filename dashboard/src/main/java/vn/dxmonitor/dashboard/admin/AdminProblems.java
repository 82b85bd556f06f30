package vn.dxmonitor.dashboard.admin;

import java.time.Duration;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dxmonitor.runtime.access.OutsideScopeException;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriteException;
import vn.dxmonitor.runtime.keys.InvalidKeyRequestException;
import vn.dxmonitor.runtime.web.FieldError;
import vn.dxmonitor.runtime.web.Problem;

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
    return Problem.of(AdminErrorCode.INVALID_REQUEST, e.getMessage()).errors(e.errors()).response();
  }

  @ExceptionHandler(InvalidKeyRequestException.class)
  ResponseEntity<ProblemDetail> invalidKey(InvalidKeyRequestException e) {
    List<FieldError> errors =
        e.problems().stream()
            .map(problem -> new FieldError(problem.getKey(), problem.getValue()))
            .toList();
    return Problem.of(AdminErrorCode.INVALID_REQUEST, e.getMessage()).errors(errors).response();
  }

  @ExceptionHandler(UnauthorizedException.class)
  ResponseEntity<ProblemDetail> unauthorized(UnauthorizedException e) {
    AdminErrorCode code =
        e.isForbidden() ? AdminErrorCode.NOT_ADMIN : AdminErrorCode.MISSING_API_KEY;
    return Problem.of(code, e.getMessage()).challenge().response();
  }

  @ExceptionHandler(OutsideScopeException.class)
  ResponseEntity<ProblemDetail> outsideScope(OutsideScopeException e) {
    return Problem.of(AdminErrorCode.OUTSIDE_SCOPE, e.getMessage())
        .errors(List.of(new FieldError(e.field(), e.getMessage())))
        .response();
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    return Problem.of(
            e.isMissing() ? AdminErrorCode.NOT_FOUND : AdminErrorCode.EXISTS, e.getMessage())
        .response();
  }

  @ExceptionHandler(CatalogWriteException.class)
  ResponseEntity<ProblemDetail> unavailable(CatalogWriteException e) {
    return Problem.of(AdminErrorCode.CATALOG_UNAVAILABLE, e.getMessage())
        .retryAfter(Duration.ofSeconds(5))
        .response();
  }
}
