package vn.dxmonitor.runtime.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the application a request whose path has the characters Tomcat lets through but a URI may
 * not hold ({@code | { } [ ]}, see {@code server.tomcat.relaxed-path-chars}) percent-encoded, as a
 * client should have sent them. Matching decodes them again, so {@code /api/v1/plans/a|b} still
 * asks for plan {@code a|b}; but the refusal can now name the request in its problem detail, where
 * the raw path would make building the answer itself fail.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UnsafeCharactersFilter extends OncePerRequestFilter {

  private static final String UNSAFE = "|{}[]";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !hasUnsafe(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new Encoded(request), response);
  }

  static boolean hasUnsafe(String path) {
    for (int i = 0; i < path.length(); i++) {
      if (UNSAFE.indexOf(path.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  static String encode(String path) {
    StringBuilder encoded = new StringBuilder(path.length() + 8);
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (UNSAFE.indexOf(c) >= 0) {
        encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
      } else {
        encoded.append(c);
      }
    }
    return encoded.toString();
  }

  private static final class Encoded extends HttpServletRequestWrapper {

    Encoded(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getRequestURI() {
      return encode(super.getRequestURI());
    }

    @Override
    public StringBuffer getRequestURL() {
      return new StringBuffer(encode(super.getRequestURL().toString()));
    }
  }
}
