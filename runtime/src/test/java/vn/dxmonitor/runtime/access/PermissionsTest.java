package vn.dxmonitor.runtime.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxmonitor.runtime.access.Action.ADMINISTER;
import static vn.dxmonitor.runtime.access.Action.ADMINISTER_COUNTRY;
import static vn.dxmonitor.runtime.access.Action.REPORT_EVENTS;
import static vn.dxmonitor.runtime.access.Action.SUBMIT_FIGURES;
import static vn.dxmonitor.runtime.access.Action.VERIFY_FIGURES;
import static vn.dxmonitor.runtime.access.Action.WORK_ALERTS;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dxmonitor.runtime.accounts.AccountRole;
import vn.dxmonitor.runtime.keys.ApiKey;
import vn.dxmonitor.runtime.keys.KeyRole;

/** The whole table of who may do what: every key role and account role, with and without units. */
class PermissionsTest {

  static List<Arguments> principals() {
    return List.of(
        Arguments.of(
            "source key of a commune", key(KeyRole.SOURCE, "21583"), Set.of(REPORT_EVENTS)),
        Arguments.of(
            "operator key of a province", key(KeyRole.OPERATOR, "52"), Set.of(WORK_ALERTS)),
        Arguments.of(
            "administrator key of a province",
            key(KeyRole.ADMIN, "52"),
            Set.of(REPORT_EVENTS, SUBMIT_FIGURES, VERIFY_FIGURES, WORK_ALERTS, ADMINISTER)),
        Arguments.of("national administrator key", key(KeyRole.ADMIN), EnumSet.allOf(Action.class)),
        Arguments.of("leader of a province", account(AccountRole.LEADER, "52"), Set.of()),
        Arguments.of(
            "reporter of a commune",
            account(AccountRole.REPORTER, "21583"),
            Set.of(SUBMIT_FIGURES)),
        Arguments.of(
            "verifier of a province", account(AccountRole.VERIFIER, "52"), Set.of(VERIFY_FIGURES)),
        Arguments.of(
            "operator of a commune", account(AccountRole.OPERATOR, "21583"), Set.of(WORK_ALERTS)),
        Arguments.of(
            "administrator of a province",
            account(AccountRole.ADMIN, "52"),
            Set.of(REPORT_EVENTS, SUBMIT_FIGURES, VERIFY_FIGURES, WORK_ALERTS, ADMINISTER)),
        Arguments.of(
            "national administrator", account(AccountRole.ADMIN), EnumSet.allOf(Action.class)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("principals")
  void eachPrincipalMayDoExactlyWhatItsRoleAllows(
      String who, Scoped principal, Set<Action> allowed) {
    for (Action action : Action.values()) {
      assertThat(Permissions.allows(principal, action))
          .as("%s may %s", who, action)
          .isEqualTo(allowed.contains(action));
      assertThat(Permissions.refusal(principal, action).isPresent())
          .as("%s is refused %s with a reason", who, action)
          .isEqualTo(!allowed.contains(action));
    }
  }

  @Test
  void onlyAnAdministratorWithoutUnitsIsNational() {
    assertThat(key(KeyRole.ADMIN).national()).isTrue();
    assertThat(key(KeyRole.ADMIN, "52").national()).isFalse();
    assertThat(key(KeyRole.OPERATOR).national()).isFalse();
    assertThat(key(KeyRole.SOURCE).national()).isFalse();
    assertThat(account(AccountRole.LEADER).national()).isFalse();
  }

  @Test
  void onlyAnAdministratorsRoleMayBeGivenNationalReach() {
    assertThat(Permissions.mayBeNational(Rank.ADMIN)).isTrue();
    assertThat(Permissions.mayBeNational(Rank.OPERATOR)).isFalse();
    assertThat(Permissions.mayBeNational(Rank.READER)).isFalse();
  }

  @Test
  void aProvincesAdministratorIsToldWhyTheCountrysEntriesAreNotItsOwn() {
    assertThat(Permissions.refusal(key(KeyRole.ADMIN, "52"), ADMINISTER_COUNTRY))
        .hasValueSatisfying(reason -> assertThat(reason).contains("whole country", "[52]"));
  }

  private static ApiKey key(KeyRole role, String... units) {
    return new ApiKey(
        "k-" + role.id(),
        "test",
        role,
        List.of(units),
        List.of(),
        "digest",
        Instant.EPOCH,
        "test",
        null,
        null);
  }

  /** A signed-in person as the dashboard's Viewer presents one: a role and its units. */
  private static Scoped account(AccountRole role, String... units) {
    return new Scoped() {
      @Override
      public List<String> units() {
        return List.of(units);
      }

      @Override
      public Rank rank() {
        return role.rank();
      }
    };
  }
}
