package vn.dxmonitor.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import vn.dxmonitor.runtime.web.BearerKeyFilter;
import vn.dxmonitor.runtime.web.PresentedKey;
import vn.dxmonitor.runtime.web.Problem;
import vn.dxmonitor.runtime.web.ProblemCode;

/** An API request without a session or a working key gets a problem detail, not a login page. */
final class ProblemEntryPoint implements AuthenticationEntryPoint {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
      throws IOException {
    PresentedKey presented = BearerKeyFilter.presented(request);
    Problem refusal =
        switch (presented.kind()) {
          case MISSING ->
              Problem.of(
                  SignIn.MISSING_API_KEY,
                  "sign in, or send an API key as 'Authorization: Bearer <key>'");
          case OTHER_SCHEME ->
              Problem.of(
                  SignIn.INVALID_API_KEY,
                  "the Authorization header must be 'Bearer <key>'; other schemes are not accepted");
          case SEVERAL -> Problem.of(SignIn.INVALID_API_KEY, PresentedKey.SEVERAL_HEADERS);
          case UNKNOWN, WORKING ->
              Problem.of(SignIn.INVALID_API_KEY, "the key is unknown or revoked");
        };
    refusal.untyped().instance(request.getRequestURI()).write(response);
  }

  /** Why sign-in refused a request. */
  private enum SignIn implements ProblemCode {
    MISSING_API_KEY("missing-api-key"),
    INVALID_API_KEY("invalid-api-key");

    private final Definition definition;

    SignIn(String code) {
      this.definition = new Definition(HttpStatus.UNAUTHORIZED, code, "Sign-in required");
    }

    @Override
    public Definition definition() {
      return definition;
    }
  }
}
