package vn.dxmonitor.dashboard.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.dxmonitor.runtime.accounts.Account;
import vn.dxmonitor.runtime.accounts.AccountRole;
import vn.dxmonitor.runtime.catalog.topic.AuditEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;

/**
 * The dashboard's accounts on {@code dx.catalog}: every instance knows every account, a disabled
 * account stops working everywhere within moments, and each change leaves an audit entry. Passwords
 * are kept only as hashes.
 */
@Component
public class Accounts {

  public static final String ADMIN = "admin";
  private static final Duration READ_BACK = Duration.ofSeconds(30);
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int GENERATED_LENGTH = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final CatalogView view;
  private final CatalogWriter writer;
  private final PasswordEncoder encoder;
  private final Clock clock;

  public Accounts(CatalogView view, CatalogWriter writer, PasswordEncoder encoder, Clock clock) {
    this.view = view;
    this.writer = writer;
    this.encoder = encoder;
    this.clock = clock;
  }

  /** The longest password an account may have, in bytes of UTF-8: what bcrypt reads. */
  public static final int MAX_PASSWORD_BYTES = BoundedPasswordEncoder.MAX_BYTES;

  public static boolean passwordFits(String password) {
    return BoundedPasswordEncoder.fits(password);
  }

  public List<Account> all() {
    return view.accounts();
  }

  public Optional<Account> find(String name) {
    return view.account(name);
  }

  /** Makes an account with the password given, recording who made it. */
  public Account create(
      String name,
      String displayName,
      AccountRole role,
      List<String> units,
      String password,
      String email,
      String actor) {
    Account account =
        new Account(
            name,
            displayName,
            role,
            units,
            encoder.encode(password),
            clock.instant(),
            actor,
            null,
            null,
            email);
    save(account, null, "create", actor);
    return account;
  }

  public Account disable(Account account, String actor) {
    Account disabled = account.disabled(clock.instant(), actor);
    save(disabled, account, "disable", actor);
    return disabled;
  }

  /**
   * Makes sure the administrator {@code admin} signs in with {@code password} and sees the whole
   * country: the local run and first deployments start with it, so that it can make every other
   * account. Once disabled it stays disabled, whatever the password file says.
   */
  public Account ensureAdmin(String password, String actor) {
    Optional<Account> known = find(ADMIN);
    if (known.isPresent() && known.get().isDisabled()) {
      // Someone disabled it on purpose: a restart must not undo that
      return known.get();
    }
    if (known.isPresent()
        && known.get().national()
        && encoder.matches(password, known.get().passwordHash())) {
      return known.get();
    }
    Account admin =
        new Account(
            ADMIN,
            "Administrator",
            AccountRole.ADMIN,
            List.of(),
            encoder.encode(password),
            clock.instant(),
            actor,
            null,
            null,
            null);
    save(admin, known.orElse(null), known.isPresent() ? "reset" : "create", actor);
    return admin;
  }

  /** A random password of 20 letters and digits, without the ones easily misread. */
  public static String generatePassword() {
    StringBuilder password = new StringBuilder(GENERATED_LENGTH);
    for (int i = 0; i < GENERATED_LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  private void save(Account account, Account before, String action, String actor) {
    RecordMetadata written =
        writer.putAudited(
            CatalogEntry.account(account),
            new AuditEntry(
                clock.instant(),
                actor,
                action,
                "account",
                account.name(),
                before == null ? null : before.view(),
                account.view(),
                account.units()));
    view.requireApplied(written, READ_BACK, "the account");
  }
}
