package vn.dxmonitor.runtime.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code dx.web.max-body} in every service, so no endpoint —
 * administrative documents, unit lists, alerting configuration — reads an unbounded body into
 * memory. A body that says its length is refused before it is read, with 413 and a problem naming
 * the limit; one sent in chunks fails the read once it passes the limit, which the endpoint answers
 * as an unreadable body.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;

  public BodyLimitFilter(BodyLimitProperties properties) {
    this.maxBytes = properties.maxBody().toBytes();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      Problem.of(
              TooLarge.BODY_TOO_LARGE,
              "the request body is " + declared + " bytes; at most " + maxBytes + " are read")
          .with("maxBytes", maxBytes)
          .instance(request.getRequestURI())
          .write(response);
      return;
    }
    chain.doFilter(declared >= 0 ? request : new Bounded(request, maxBytes), response);
  }

  private enum TooLarge implements ProblemCode {
    BODY_TOO_LARGE;

    @Override
    public Definition definition() {
      return new Definition(
          HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large");
    }
  }

  /** A request whose body stops with an error once it passes the limit. */
  private static final class Bounded extends HttpServletRequestWrapper {

    private final long maxBytes;
    private ServletInputStream stream;

    Bounded(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), maxBytes);
      }
      return stream;
    }
  }

  private static final class CountingStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long maxBytes;
    private long read;

    CountingStream(ServletInputStream in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > maxBytes) {
        throw new IOException("the request body passed its limit of " + maxBytes + " bytes");
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
