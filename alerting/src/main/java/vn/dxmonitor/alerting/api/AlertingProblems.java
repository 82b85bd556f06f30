package vn.dxmonitor.alerting.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dxmonitor.alerting.config.InvalidConfigurationException;
import vn.dxmonitor.runtime.web.Problem;

/** The alerting API's failures as RFC 9457 problem details, each naming the field at fault. */
@RestControllerAdvice(basePackageClasses = AlertingProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AlertingProblems {

  @ExceptionHandler(AlertingApiException.class)
  ResponseEntity<ProblemDetail> refused(AlertingApiException e) {
    Problem problem = Problem.of(e.code(), e.getMessage());
    if (e.field() != null) {
      problem.with("field", e.field());
    }
    return problem.response();
  }

  @ExceptionHandler(InvalidConfigurationException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidConfigurationException e) {
    Map<String, String> fields = new LinkedHashMap<>();
    e.problems()
        .forEach(entry -> fields.merge(entry.getKey(), entry.getValue(), (a, b) -> a + "; " + b));
    return Problem.of(ErrorCode.INVALID_CONFIGURATION, e.getMessage())
        .with("fields", fields)
        .response();
  }
}
