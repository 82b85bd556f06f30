package vn.dxmonitor.dashboard.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The page's language: Vietnamese unless the reader chose English with {@code ?lang=en}, a choice
 * kept in a cookie. Resolved here rather than by a {@code localeResolver} bean, which would decide
 * the language of every other service's responses in the platform.
 */
@Component
public class PageLanguage {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  public static final String COOKIE = "dx-dashboard-lang";

  private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

  private final CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);

  public PageLanguage() {
    resolver.setDefaultLocaleFunction(request -> VIETNAMESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookiePath("/");
    resolver.setCookieHttpOnly(true);
  }

  /**
   * @param lang the {@code lang} parameter: when a supported language, it is chosen and remembered;
   *     anything else is ignored
   */
  public Locale resolve(HttpServletRequest request, HttpServletResponse response, String lang) {
    supported(lang).ifPresent(locale -> resolver.setLocale(request, response, locale));
    return supported(resolver.resolveLocale(request).getLanguage()).orElse(VIETNAMESE);
  }

  private static Optional<Locale> supported(String language) {
    if (language == null) {
      return Optional.empty();
    }
    return SUPPORTED.stream()
        .filter(locale -> locale.getLanguage().equalsIgnoreCase(language.trim()))
        .findFirst();
  }
}
