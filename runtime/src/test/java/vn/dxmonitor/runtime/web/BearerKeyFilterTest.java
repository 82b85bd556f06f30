package vn.dxmonitor.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dxmonitor.runtime.keys.ApiKey;
import vn.dxmonitor.runtime.keys.ApiKeyRegistry;
import vn.dxmonitor.runtime.keys.KeyRole;

class BearerKeyFilterTest {

  private static final ApiKey KEY =
      new ApiKey(
          "k1",
          "ioffice",
          KeyRole.OPERATOR,
          List.of("52"),
          List.of(),
          "digest",
          Instant.EPOCH,
          "test",
          null,
          null);

  private final ApiKeyRegistry registry = mock(ApiKeyRegistry.class);
  private final BearerKeyFilter filter =
      new BearerKeyFilter(
          new BearerKeys(registry), key -> List.of(new SimpleGrantedAuthority("ROLE_KEY")));

  @AfterEach
  void forget() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void shouldAuthenticateAWorkingKeyWithTheKeyAsScopedPrincipal() throws Exception {
    when(registry.authenticate("secret")).thenReturn(Optional.of(KEY));

    MockHttpServletRequest request = request("bearer secret");
    filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

    assertThat(KeyAuthentication.current()).contains(KEY);
    assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal()).isSameAs(KEY);
    assertThat(SecurityContextHolder.getContext().getAuthentication().getName())
        .isEqualTo("key:k1");
    assertThat(BearerKeyFilter.presented(request).kind()).isEqualTo(PresentedKey.Kind.WORKING);
  }

  @Test
  void shouldLeaveAnUnknownKeyUnauthenticatedAndSaySo() throws Exception {
    when(registry.authenticate("nope")).thenReturn(Optional.empty());

    MockHttpServletRequest request = request("Bearer nope");
    filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

    assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    assertThat(BearerKeyFilter.presented(request).kind()).isEqualTo(PresentedKey.Kind.UNKNOWN);
  }

  @Test
  void shouldTellAMissingHeaderFromAnotherScheme() {
    BearerKeys keys = new BearerKeys(registry);

    assertThat(keys.read((String) null).kind()).isEqualTo(PresentedKey.Kind.MISSING);
    assertThat(keys.read(" ").kind()).isEqualTo(PresentedKey.Kind.MISSING);
    assertThat(keys.read("Basic dXNlcjpwdw==").kind()).isEqualTo(PresentedKey.Kind.OTHER_SCHEME);
    assertThat(keys.read("Bearer ").kind()).isEqualTo(PresentedKey.Kind.UNKNOWN);
  }

  @Test
  void shouldAuthenticateNeitherOfTwoAuthorizationHeaders() throws Exception {
    when(registry.authenticate("secret")).thenReturn(Optional.of(KEY));

    for (List<String> headers :
        List.of(
            List.of("Bearer secret", "Bearer nope"),
            List.of("Bearer nope", "Bearer secret"),
            List.of("Bearer secret", "Bearer secret"))) {
      MockHttpServletRequest request = request(headers.get(0));
      request.addHeader("Authorization", headers.get(1));
      filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

      assertThat(SecurityContextHolder.getContext().getAuthentication()).as("%s", headers).isNull();
      assertThat(BearerKeyFilter.presented(request).kind()).isEqualTo(PresentedKey.Kind.SEVERAL);
    }
  }

  private static MockHttpServletRequest request(String authorization) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/alerts");
    request.addHeader("Authorization", authorization);
    return request;
  }
}
