package vn.dxmonitor.alerting.route;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.dxmonitor.runtime.accounts.Account;

/**
 * The reporters of a unit as a receiver: the working reporter accounts scoped to that very unit
 * that have an e-mail address, read from the accounts as they are when a reminder is delivered, so
 * an address changed or an account disabled in the meantime is honoured.
 */
public final class UnitReporters {

  private static final String PREFIX = "reporters:";

  private final Supplier<List<Account>> accounts;

  public UnitReporters(Supplier<List<Account>> accounts) {
    this.accounts = accounts;
  }

  /** The receiver id that stands for the reporters of {@code unit}. */
  public static String receiverOf(String unit) {
    return PREFIX + unit;
  }

  public static boolean names(String receiver) {
    return receiver.startsWith(PREFIX);
  }

  /**
   * The reporters {@code receiver} stands for, with no address when none has one: then no channel
   * reaches them and nothing is sent.
   */
  public Receiver of(String receiver) {
    String unit = receiver.substring(PREFIX.length());
    List<String> addresses =
        accounts.get().stream()
            .filter(account -> account.reportsFor(unit))
            .map(Account::email)
            .distinct()
            .toList();
    return new Receiver(receiver, unit, "Người báo cáo của " + unit, null, addresses);
  }

  /** Finds a receiver by id: a unit's reporters, or one of the configured receivers. */
  public static Function<String, Optional<Receiver>> directory(
      UnitReporters reporters, Supplier<Routes> routes) {
    return id -> names(id) ? Optional.of(reporters.of(id)) : routes.get().receiver(id);
  }
}
