package vn.dxmonitor.dashboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in for a locked name or address before its password is checked, back to the form
 * with the lock named, so that a locked account cannot be guessed at either.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginAttempts attempts;

  LoginThrottleFilter(LoginAttempts attempts) {
    this.attempts = attempts;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !HttpMethod.POST.matches(request.getMethod())
        || !SecurityConfiguration.LOGIN.equals(
            request.getRequestURI().substring(request.getContextPath().length()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (attempts
        .lockedUntil(request.getParameter("username"), request.getRemoteAddr())
        .isPresent()) {
      response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN + "?locked");
      return;
    }
    chain.doFilter(request, response);
  }
}
