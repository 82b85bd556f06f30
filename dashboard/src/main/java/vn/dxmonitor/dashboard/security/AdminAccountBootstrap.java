package vn.dxmonitor.dashboard.security;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dxmonitor.runtime.accounts.Account;
import vn.dxmonitor.runtime.lifecycle.SecretFile;
import vn.dxmonitor.runtime.lifecycle.StartupStep;

/**
 * Makes the administrator account {@code admin} sign in with the password in {@code
 * dx.security.admin-password-file} once the catalog has been read, writing a new random password
 * there when the file has none.
 */
@Component
public class AdminAccountBootstrap extends StartupStep {

  private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);

  private final Accounts accounts;
  private final Path file;

  public AdminAccountBootstrap(Accounts accounts, SignInProperties properties) {
    super(AFTER_CATALOG);
    this.accounts = accounts;
    this.file = properties.adminPasswordFile();
  }

  @Override
  protected void run() {
    if (file != null) {
      Account admin =
          accounts.ensureAdmin(
              SecretFile.readOrCreate(file, Accounts::generatePassword, "admin password"),
              "bootstrap");
      if (admin.isDisabled()) {
        log.warn(
            "Account '{}' was disabled by {} at {} and stays disabled; an administrator makes"
                + " another through the accounts API",
            Accounts.ADMIN,
            admin.disabledBy(),
            admin.disabledAt());
      } else {
        log.info("Account '{}' signs in with the password in {}", Accounts.ADMIN, file);
      }
    }
  }
}
