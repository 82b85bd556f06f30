package vn.dxmonitor.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;

class ProblemTest {

  private enum Code implements ProblemCode {
    SLOW_DOWN(HttpStatus.TOO_MANY_REQUESTS, "slow-down", "Too fast"),
    NO_KEY(HttpStatus.UNAUTHORIZED, "no-key", "Key required"),
    NOT_YOURS(HttpStatus.FORBIDDEN, "not-yours", "Not yours");

    private final Definition definition;

    Code(HttpStatus status, String code, String title) {
      this.definition = new Definition(status, code, title);
    }

    @Override
    public Definition definition() {
      return definition;
    }
  }

  @Test
  void shouldCarryTheCodesTypeTitleStatusAndCode() {
    ProblemDetail detail = Problem.of(Code.SLOW_DOWN, "wait").detail();

    assertThat(detail.getType()).hasToString("urn:dx-monitor:problem:slow-down");
    assertThat(detail.getTitle()).isEqualTo("Too fast");
    assertThat(detail.getStatus()).isEqualTo(429);
    assertThat(detail.getDetail()).isEqualTo("wait");
    assertThat(detail.getProperties()).containsEntry("code", "slow-down");
  }

  @Test
  void shouldRoundRetryAfterUpToWholeSecondsAndNeverBelowOne() {
    ResponseEntity<ProblemDetail> rounded =
        Problem.of(Code.SLOW_DOWN, "wait").retryAfter(Duration.ofMillis(1_200)).response();
    ResponseEntity<ProblemDetail> tiny =
        Problem.of(Code.SLOW_DOWN, "wait").retryAfter(Duration.ofMillis(3)).response();

    assertThat(rounded.getHeaders().getFirst("Retry-After")).isEqualTo("2");
    assertThat(tiny.getHeaders().getFirst("Retry-After")).isEqualTo("1");
    assertThat(rounded.getHeaders().getContentType()).hasToString("application/problem+json");
  }

  @Test
  void shouldChallengeOnUnauthorizedAndOnlyWhenAskedOtherwise() {
    assertThat(Problem.of(Code.NO_KEY, "x").response().getHeaders().getFirst("WWW-Authenticate"))
        .isEqualTo("Bearer realm=\"dx-monitor\"");
    assertThat(Problem.of(Code.NOT_YOURS, "x").response().getHeaders().get("WWW-Authenticate"))
        .isNull();
    assertThat(
            Problem.of(Code.NOT_YOURS, "x")
                .challenge()
                .response()
                .getHeaders()
                .getFirst("WWW-Authenticate"))
        .isEqualTo("Bearer realm=\"dx-monitor\"");
  }

  @Test
  void shouldWriteTheMembersInTheOrderSpringRendersThem() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    Problem.of(Code.NO_KEY, "send a key")
        .untyped()
        .instance("/api/v1/x")
        .errors(List.of(new FieldError("units[0]", "unknown")))
        .write(response);

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"dx-monitor\"");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"type\":\"about:blank\",\"title\":\"Key required\",\"status\":401,"
                + "\"detail\":\"send a key\",\"instance\":\"/api/v1/x\",\"code\":\"no-key\","
                + "\"errors\":[{\"field\":\"units[0]\",\"message\":\"unknown\"}]}");
  }

  @Test
  void shouldNameTheStatusAloneWhenNoCodeFits() {
    assertThat(Problem.ofStatus(431, "too big").json())
        .isEqualTo(
            "{\"type\":\"about:blank\",\"title\":\"Request Header Fields Too Large\","
                + "\"status\":431,\"detail\":\"too big\"}");
    assertThat(Problem.ofStatus(499, "gone").json()).contains("\"title\":\"Error\"");
  }

  @Test
  void shouldWriteAnInstanceThatIsNoUriAsGiven() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    Problem.of(Code.NO_KEY, "x").instance("/a b").write(response);

    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"instance\":\"/a b\"");
  }
}
