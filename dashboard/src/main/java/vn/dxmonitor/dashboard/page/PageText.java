package vn.dxmonitor.dashboard.page;

import java.util.Locale;

/** The page's texts in the reader's language, as the template reads them: {@code text.get(key)}. */
public record PageText(DashboardMessages messages, Locale locale) {

  public String get(String key) {
    return messages.get(key, locale);
  }

  public String format(String key, Object... args) {
    return messages.get(key, locale, args);
  }

  public String language() {
    return locale.getLanguage();
  }
}
