package vn.dxmonitor.dashboard.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.security.Accounts;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.runtime.access.Permissions;
import vn.dxmonitor.runtime.access.Rank;
import vn.dxmonitor.runtime.access.Scopes;
import vn.dxmonitor.runtime.accounts.Account;
import vn.dxmonitor.runtime.accounts.AccountRole;
import vn.dxmonitor.runtime.accounts.AccountView;
import vn.dxmonitor.runtime.web.FieldError;

/**
 * The dashboard's accounts, for administrators: list them, make one, disable one. An administrator
 * of some subtrees gives out only what it sees itself.
 */
@RestController
public class AccountsController {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
  private static final int MIN_PASSWORD = 12;

  /** One address, as a person types it: no display name, no list, at most 254 characters. */
  private static final Pattern EMAIL =
      Pattern.compile("(?=.{3,254}$)[^\\s@<>,;\"]+@[^\\s@<>,;\"]+\\.[^\\s@<>,;\"]+");

  private final Accounts accounts;
  private final Administrators administrators;
  private final CatalogSource source;
  private final Clock clock;

  public AccountsController(
      Accounts accounts, Administrators administrators, CatalogSource source, Clock clock) {
    this.accounts = accounts;
    this.administrators = administrators;
    this.source = source;
    this.clock = clock;
  }

  /** The accounts the administrator reaches: for one of some units, those within them. */
  @GetMapping("/api/v1/accounts")
  public List<AccountView> list() {
    Viewer admin = administrators.require();
    return accounts.all().stream()
        .filter(account -> administrators.reachesAll(admin, account.units()))
        .map(Account::view)
        .toList();
  }

  @PostMapping(path = "/api/v1/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public CreatedAccount create(@RequestBody(required = false) byte[] json) {
    Viewer admin = administrators.require();
    if (json == null || json.length == 0) {
      throw InvalidRequestException.of("", "send the account as a JSON object");
    }
    AccountRequest body = RequestBodies.read(json, AccountRequest.class);
    AccountRole role = check(body, admin);
    String name = body.name().trim().toLowerCase(Locale.ROOT);
    Optional<Account> existing = accounts.find(name);
    if (existing.isPresent() && !existing.get().isDisabled()) {
      throw ConflictException.exists("account " + name);
    }
    boolean generated = body.password() == null;
    String password = generated ? Accounts.generatePassword() : body.password();
    Account made =
        accounts.create(
            name,
            body.displayName() == null || body.displayName().isBlank()
                ? name
                : body.displayName().strip(),
            role,
            body.units().stream().map(String::trim).toList(),
            password,
            body.email() == null || body.email().isBlank() ? null : body.email().strip(),
            admin.actor());
    return new CreatedAccount(made.view(), generated ? password : null);
  }

  /** Disables an account the administrator reaches; any other is as if there were none. */
  @PostMapping("/api/v1/accounts/{name}/disable")
  public AccountView disable(@PathVariable String name) {
    Viewer admin = administrators.require();
    Account account =
        accounts
            .find(name)
            .filter(found -> administrators.reachesAll(admin, found.units()))
            .orElseThrow(() -> ConflictException.missing("account " + name));
    if (account.isDisabled()) {
      return account.view();
    }
    return accounts.disable(account, admin.actor()).view();
  }

  private AccountRole check(AccountRequest body, Viewer admin) {
    List<FieldError> errors = new ArrayList<>();
    if (body.name() == null
        || !NAME.matcher(body.name().trim().toLowerCase(Locale.ROOT)).matches()) {
      errors.add(
          new FieldError(
              "name",
              "must be 2–64 lower-case letters, digits, '.', '_' or '-', starting with a letter,"
                  + " but was "
                  + (body.name() == null ? "absent" : "'" + body.name() + "'")));
    }
    Optional<AccountRole> role = AccountRole.fromId(body.role());
    if (role.isEmpty()) {
      errors.add(
          new FieldError(
              "role",
              "must be leader, reporter, verifier, operator or admin, but was '"
                  + body.role()
                  + "'"));
    }
    if (body.units().isEmpty()
        && (role.isEmpty() || !Permissions.mayBeNational(role.get().rank()))) {
      errors.add(
          new FieldError(
              "units", "a leader or operator needs at least one unit code whose subtree it sees"));
    }
    List<String> units =
        body.units().stream().map(code -> code == null ? null : code.trim()).toList();
    // An unknown role is already named above; the units are still judged, at the creator's rank.
    Rank rank = role.map(AccountRole::rank).orElse(admin.rank());
    Scopes.grant(admin, rank, units, source.units(), VietnamTime.dateOf(clock.instant()))
        .ifPresent(refusal -> errors.add(new FieldError(refusal.field(), refusal.reason())));
    if (body.password() != null && body.password().length() < MIN_PASSWORD) {
      errors.add(new FieldError("password", "must be at least " + MIN_PASSWORD + " characters"));
    }
    if (body.password() != null && !Accounts.passwordFits(body.password())) {
      errors.add(
          new FieldError(
              "password",
              "must be at most "
                  + Accounts.MAX_PASSWORD_BYTES
                  + " bytes in UTF-8 (a letter with diacritics takes two or three)"));
    }
    if (body.email() != null
        && !body.email().isBlank()
        && !EMAIL.matcher(body.email().strip()).matches()) {
      errors.add(
          new FieldError(
              "email",
              "must be an e-mail address such as name@example.vn, but was '" + body.email() + "'"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return role.orElseThrow();
  }
}
