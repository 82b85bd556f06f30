package vn.dxmonitor.dashboard.admin;

import java.util.List;
import vn.dxmonitor.runtime.web.FieldError;

/** A change the admin API refuses, with every field at fault. */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidRequestException(List<FieldError> errors) {
    super(
        String.join(
            "; ", errors.stream().map(error -> error.field() + ": " + error.message()).toList()));
    this.errors = List.copyOf(errors);
  }

  public static InvalidRequestException of(String field, String message) {
    return new InvalidRequestException(List.of(new FieldError(field, message)));
  }

  /** From the reader's {@code path: message} problems. */
  public static InvalidRequestException fromProblems(List<String> problems) {
    return new InvalidRequestException(
        problems.stream()
            .map(
                problem -> {
                  int at = problem.indexOf(": ");
                  return at < 0
                      ? new FieldError("", problem)
                      : new FieldError(problem.substring(0, at), problem.substring(at + 2));
                })
            .toList());
  }

  public List<FieldError> errors() {
    return errors;
  }
}
