package vn.dxmonitor.dashboard.page;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The page's texts, from {@code i18n/dashboard*.properties}. Deliberately not a {@code
 * MessageSource} bean and not {@code spring.messages.basename}: in the platform other services
 * would share or replace the one global message source, and a second bean of that type would break
 * their injection by type. The base bundle is Vietnamese; the server's own locale never decides.
 */
@Component
public class DashboardMessages {

  static final String BASENAME = "i18n/dashboard";

  private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

  public DashboardMessages() {
    source.setBasename(BASENAME);
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
  }

  /** The text for {@code key}; the key itself when the bundle lacks it, so a gap shows. */
  public String get(String key, Locale locale, Object... args) {
    return source.getMessage(key, args.length == 0 ? null : args, key, locale);
  }

  public PageText in(Locale locale) {
    return new PageText(this, locale);
  }
}
