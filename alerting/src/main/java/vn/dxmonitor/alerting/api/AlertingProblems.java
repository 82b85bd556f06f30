package vn.dxmonitor.alerting.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dxmonitor.alerting.config.InvalidConfigurationException;

/** The alerting API's failures as RFC 9457 problem details, each naming the field at fault. */
@RestControllerAdvice(basePackageClasses = AlertingProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AlertingProblems {

  @ExceptionHandler(AlertingApiException.class)
  ResponseEntity<ProblemDetail> refused(AlertingApiException e) {
    ProblemDetail problem = problem(e.status(), e.code(), e.getMessage());
    if (e.field() != null) {
      problem.setProperty("field", e.field());
    }
    var response = ResponseEntity.status(e.status());
    if (e.status() == HttpStatus.UNAUTHORIZED) {
      response.header("WWW-Authenticate", "Bearer realm=\"dx-monitor\"");
    }
    return response.body(problem);
  }

  @ExceptionHandler(InvalidConfigurationException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidConfigurationException e) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "invalid-configuration", e.getMessage());
    Map<String, String> fields = new LinkedHashMap<>();
    e.problems()
        .forEach(entry -> fields.merge(entry.getKey(), entry.getValue(), (a, b) -> a + "; " + b));
    problem.setProperty("fields", fields);
    return ResponseEntity.badRequest().body(problem);
  }

  private static ProblemDetail problem(HttpStatus status, String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:dx-monitor:problem:" + code));
    problem.setTitle(status.getReasonPhrase());
    problem.setProperty("code", code);
    return problem;
  }
}
