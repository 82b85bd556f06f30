package vn.dxmonitor.dashboard.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.security.Accounts;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.runtime.accounts.Account;
import vn.dxmonitor.runtime.accounts.AccountRole;
import vn.dxmonitor.runtime.accounts.AccountView;

/**
 * The dashboard's accounts, for administrators: list them, make one, disable one. An administrator
 * of some subtrees gives out only what it sees itself.
 */
@RestController
public class AccountsController {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
  private static final int MIN_PASSWORD = 12;

  private final Accounts accounts;
  private final UnitScope scope;

  public AccountsController(Accounts accounts, UnitScope scope) {
    this.accounts = accounts;
    this.scope = scope;
  }

  @GetMapping("/api/v1/accounts")
  public List<AccountView> list() {
    return accounts.all().stream().map(Account::view).toList();
  }

  @PostMapping("/api/v1/accounts")
  @ResponseStatus(HttpStatus.CREATED)
  public CreatedAccount create(
      @RequestBody(required = false) AccountRequest body, HttpServletRequest request) {
    if (body == null) {
      throw InvalidRequestException.of("", "send the account as a JSON object");
    }
    AccountRole role = check(body, Viewers.require());
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
            Actors.of(request));
    return new CreatedAccount(made.view(), generated ? password : null);
  }

  @PostMapping("/api/v1/accounts/{name}/disable")
  public AccountView disable(@PathVariable String name, HttpServletRequest request) {
    Account account =
        accounts.find(name).orElseThrow(() -> ConflictException.missing("account " + name));
    if (account.isDisabled()) {
      return account.view();
    }
    return accounts.disable(account, Actors.of(request)).view();
  }

  private AccountRole check(AccountRequest body, Viewer admin) {
    List<InvalidRequestException.FieldError> errors = new ArrayList<>();
    if (body.name() == null
        || !NAME.matcher(body.name().trim().toLowerCase(Locale.ROOT)).matches()) {
      errors.add(
          new InvalidRequestException.FieldError(
              "name",
              "must be 2–64 lower-case letters, digits, '.', '_' or '-', starting with a letter,"
                  + " but was "
                  + (body.name() == null ? "absent" : "'" + body.name() + "'")));
    }
    Optional<AccountRole> role = AccountRole.fromId(body.role());
    if (role.isEmpty()) {
      errors.add(
          new InvalidRequestException.FieldError(
              "role", "must be leader, operator or admin, but was '" + body.role() + "'"));
    }
    if (body.units().isEmpty() && (role.isEmpty() || role.get() != AccountRole.ADMIN)) {
      errors.add(
          new InvalidRequestException.FieldError(
              "units", "a leader or operator needs at least one unit code whose subtree it sees"));
    }
    if (body.units().isEmpty() && !admin.seesEverything()) {
      errors.add(
          new InvalidRequestException.FieldError(
              "units", "only an administrator of the whole country can make one"));
    }
    for (int i = 0; i < body.units().size(); i++) {
      String code = body.units().get(i);
      if (code == null || !scope.sees(admin, code.trim())) {
        errors.add(
            new InvalidRequestException.FieldError(
                "units[" + i + "]",
                "unit '" + code + "' is not in today's registry within your own units"));
      }
    }
    if (body.password() != null && body.password().length() < MIN_PASSWORD) {
      errors.add(
          new InvalidRequestException.FieldError(
              "password", "must be at least " + MIN_PASSWORD + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return role.orElseThrow();
  }
}
