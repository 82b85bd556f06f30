package vn.dxmonitor.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageLanguageTest {

  private final PageLanguage language = new PageLanguage();

  @Test
  void vietnameseComesFirstWhateverTheBrowserAsksFor() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addPreferredLocale(Locale.ENGLISH);

    assertThat(language.resolve(request, new MockHttpServletResponse(), null))
        .isEqualTo(PageLanguage.VIETNAMESE);
  }

  @Test
  void englishIsChosenWithTheParameterAndRememberedInACookie() {
    MockHttpServletResponse response = new MockHttpServletResponse();

    Locale chosen = language.resolve(new MockHttpServletRequest(), response, "en");

    assertThat(chosen).isEqualTo(Locale.ENGLISH);
    Cookie cookie = response.getCookie(PageLanguage.COOKIE);
    assertThat(cookie).isNotNull();
    assertThat(cookie.getValue()).isEqualTo("en");
    assertThat(cookie.getMaxAge()).isPositive();

    MockHttpServletRequest later = new MockHttpServletRequest();
    later.setCookies(cookie);
    assertThat(language.resolve(later, new MockHttpServletResponse(), null))
        .isEqualTo(Locale.ENGLISH);
  }

  @Test
  void anUnsupportedLanguageIsIgnoredAndKeepsTheRememberedOne() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setCookies(new Cookie(PageLanguage.COOKIE, "en"));
    MockHttpServletResponse response = new MockHttpServletResponse();

    assertThat(language.resolve(request, response, "fr")).isEqualTo(Locale.ENGLISH);
    assertThat(response.getCookie(PageLanguage.COOKIE)).isNull();
  }

  @Test
  void aForgedCookieFallsBackToVietnamese() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setCookies(new Cookie(PageLanguage.COOKIE, "de"));

    assertThat(language.resolve(request, new MockHttpServletResponse(), null))
        .isEqualTo(PageLanguage.VIETNAMESE);
  }
}
