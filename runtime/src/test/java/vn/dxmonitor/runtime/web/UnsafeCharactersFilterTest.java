package vn.dxmonitor.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class UnsafeCharactersFilterTest {

  private final UnsafeCharactersFilter filter = new UnsafeCharactersFilter();

  @Test
  void eachCharacterAUriMayNotHoldReachesTheApplicationPercentEncoded() throws Exception {
    HttpServletRequest reached = through("/api/v1/plans/a|b{c}[d]");

    assertThat(reached.getRequestURI()).isEqualTo("/api/v1/plans/a%7Cb%7Bc%7D%5Bd%5D");
    assertThat(reached.getRequestURL().toString())
        .isEqualTo("http://localhost/api/v1/plans/a%7Cb%7Bc%7D%5Bd%5D");
  }

  @Test
  void aPathWithoutThemIsHandedOnAsItCame() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/plans/a%7Cb");

    HttpServletRequest reached = through(request);

    assertThat(reached).isSameAs(request);
    assertThat(reached.getRequestURI()).isEqualTo("/api/v1/plans/a%7Cb");
  }

  @Test
  void everyOtherCharacterIsLeftAlone() {
    String path = "/api/v1/status/52;x=1/%2e%2e/Ph\u01b0\u1eddng-\u0110\u00e0~!$&'()*+,=:@";

    assertThat(UnsafeCharactersFilter.hasUnsafe(path)).isFalse();
    assertThat(UnsafeCharactersFilter.encode(path)).isEqualTo(path);
  }

  private HttpServletRequest through(String uri) throws Exception {
    return through(new MockHttpServletRequest("GET", uri));
  }

  private HttpServletRequest through(MockHttpServletRequest request) throws Exception {
    AtomicReference<HttpServletRequest> reached = new AtomicReference<>();
    filter.doFilter(
        request,
        new MockHttpServletResponse(),
        (req, res) -> reached.set((HttpServletRequest) req));
    return reached.get();
  }
}
