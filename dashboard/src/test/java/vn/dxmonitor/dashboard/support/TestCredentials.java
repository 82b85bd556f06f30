package vn.dxmonitor.dashboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.dxmonitor.testsupport.browser.Browser;

/**
 * The administrator key and password every dashboard test context starts with (see {@code
 * config/application.properties} on the test class path).
 */
public final class TestCredentials {

  private static final Path KEY = Path.of("target", "test-admin.key");
  private static final Path PASSWORD = Path.of("target", "test-admin.password");

  private TestCredentials() {}

  public static String adminKey() {
    return read(KEY);
  }

  public static String adminPassword() {
    return read(PASSWORD);
  }

  /** A new browser signed in to the dashboard at {@code port} as the test administrator. */
  public static Browser signedInBrowser(int port) {
    Browser browser = Browser.open();
    browser.signIn(port, "admin", adminPassword());
    return browser;
  }

  public static String bearer(String key) {
    return "Bearer " + key;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the test context did not write " + file + "; is it a dashboard test context?", e);
    }
  }
}
