package vn.dxmonitor.dashboard.submission;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dxmonitor.dashboard.admin.InvalidRequestException;
import vn.dxmonitor.dashboard.api.ApiException;
import vn.dxmonitor.model.submission.SubmissionRefusedException;
import vn.dxmonitor.runtime.web.FieldError;
import vn.dxmonitor.runtime.web.Problem;

/** Answers the submissions API's refusals as problem details naming the field at fault. */
@RestControllerAdvice(basePackages = "vn.dxmonitor.dashboard.submission")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SubmissionProblems {

  private static final Logger log = LoggerFactory.getLogger(SubmissionProblems.class);

  @ExceptionHandler(SubmissionRefusedException.class)
  ResponseEntity<ProblemDetail> refused(SubmissionRefusedException e) {
    SubmissionErrorCode code =
        e.conflict() ? SubmissionErrorCode.SUBMISSION_CONFLICT : SubmissionErrorCode.INVALID_FIGURE;
    return Problem.of(code, e.getMessage())
        .errors(java.util.List.of(new FieldError(e.field(), e.getMessage())))
        .response();
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
    return Problem.of(SubmissionErrorCode.INVALID_FIGURE, e.getMessage())
        .errors(e.errors())
        .response();
  }

  @ExceptionHandler(NotPermittedException.class)
  ResponseEntity<ProblemDetail> notPermitted(NotPermittedException e) {
    return Problem.of(SubmissionErrorCode.NOT_PERMITTED, e.getMessage()).response();
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e) {
    return Problem.of(e.code(), e.getMessage()).with("parameter", e.parameter()).response();
  }

  @ExceptionHandler(SubmissionWriteException.class)
  ResponseEntity<ProblemDetail> unavailable(SubmissionWriteException e) {
    log.warn("Submissions API answered 503: {}", e.getMessage());
    return Problem.of(SubmissionErrorCode.STORE_UNAVAILABLE, e.getMessage())
        .retryAfter(Duration.ofSeconds(5))
        .response();
  }
}
