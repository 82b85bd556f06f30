package vn.dxmonitor.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class BodyLimitFilterTest {

  private final BodyLimitFilter filter =
      new BodyLimitFilter(new BodyLimitProperties(DataSize.ofBytes(10)));

  @Test
  void aBodyThatSaysItIsTooLongIsRefusedUnreadWithAProblemNamingTheLimit() throws Exception {
    MockHttpServletRequest request = post(new byte[11]);
    MockHttpServletResponse response = new MockHttpServletResponse();
    AtomicReference<HttpServletRequest> reached = new AtomicReference<>();

    filter.doFilter(request, response, (req, res) -> reached.set((HttpServletRequest) req));

    assertThat(reached).hasNullValue();
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"code\":\"body-too-large\"", "\"maxBytes\":10", "11 bytes");
  }

  @Test
  void aBodyWithinTheLimitReachesTheEndpointWhole() throws Exception {
    MockHttpServletRequest request = post("0123456789".getBytes(StandardCharsets.US_ASCII));
    AtomicReference<byte[]> read = new AtomicReference<>();

    filter.doFilter(
        request,
        new MockHttpServletResponse(),
        (req, res) -> read.set(req.getInputStream().readAllBytes()));

    assertThat(new String(read.get(), StandardCharsets.US_ASCII)).isEqualTo("0123456789");
  }

  @Test
  void aChunkedBodyFailsItsReadOncePastTheLimit() throws Exception {
    MockHttpServletRequest request = post(new byte[64]);
    request.removeHeader("Content-Length");
    AtomicReference<InputStream> body = new AtomicReference<>();
    // MockHttpServletRequest reports its content's length; a chunked request reports -1.
    HttpServletRequest chunked =
        new jakarta.servlet.http.HttpServletRequestWrapper(request) {
          @Override
          public long getContentLengthLong() {
            return -1;
          }
        };

    filter.doFilter(
        chunked, new MockHttpServletResponse(), (req, res) -> body.set(req.getInputStream()));

    assertThatThrownBy(() -> body.get().readAllBytes())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("limit of 10 bytes");
  }

  private static MockHttpServletRequest post(byte[] body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/plans");
    request.setContent(body);
    request.setContentType("application/json");
    return request;
  }
}
