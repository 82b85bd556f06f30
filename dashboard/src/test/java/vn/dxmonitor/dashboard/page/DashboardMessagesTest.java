package vn.dxmonitor.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.trajectory.Status;

class DashboardMessagesTest {

  private final DashboardMessages messages = new DashboardMessages();

  @Test
  void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
    assertThat(load("i18n/dashboard.properties").stringPropertyNames())
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(
            load("i18n/dashboard_en.properties").stringPropertyNames());
  }

  @Test
  void statusesReadInVietnameseByDefault() {
    Locale vi = PageLanguage.VIETNAMESE;
    assertThat(messages.get("status." + Status.ACHIEVED, vi)).isEqualTo("Đạt");
    assertThat(messages.get("status." + Status.ON_TRACK, vi)).isEqualTo("Đúng lộ trình");
    assertThat(messages.get("status." + Status.AT_RISK, vi)).isEqualTo("Có nguy cơ");
    assertThat(messages.get("status." + Status.BEHIND, vi)).isEqualTo("Chậm");
    assertThat(messages.get("status." + Status.MISSED, vi)).isEqualTo("Không đạt");
    assertThat(messages.get("status." + Status.NO_DATA, vi)).isEqualTo("Chưa có dữ liệu");
  }

  @Test
  void englishIsUsedForEnglishAndNeverTheServersOwnLocaleForVietnamese() {
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(messages.get("status.BEHIND", Locale.ENGLISH)).isEqualTo("Behind");
      assertThat(messages.get("status.BEHIND", PageLanguage.VIETNAMESE)).isEqualTo("Chậm");
    } finally {
      Locale.setDefault(previous);
    }
  }

  @Test
  void aMissingKeyShowsItselfInsteadOfFailingThePage() {
    assertThat(messages.get("no.such.key", Locale.ENGLISH)).isEqualTo("no.such.key");
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            DashboardMessagesTest.class.getClassLoader().getResourceAsStream(resource),
            StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
