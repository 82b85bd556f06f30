package vn.dxmonitor.runtime.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitHistory;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.unit.UnitRegistry;
import vn.dxmonitor.runtime.keys.ApiKey;
import vn.dxmonitor.runtime.keys.KeyRole;

class ScopesTest {

  private static final LocalDate DAY = LocalDate.of(2025, 11, 20);
  private static final UnitHistory TWO_PROVINCES = twoProvinces();

  @Test
  void aProvinceReachesItselfAndItsCommunesButACommuneOnlyItself() {
    ApiKey province = key(KeyRole.SOURCE, "52");
    ApiKey commune = key(KeyRole.SOURCE, "21583");

    assertThat(reaches(province, "52")).isTrue();
    assertThat(reaches(province, "21589")).isTrue();
    assertThat(reaches(province, "25747")).isFalse();
    assertThat(reaches(commune, "21583")).isTrue();
    assertThat(reaches(commune, "21589")).isFalse();
    assertThat(reaches(commune, "52")).isFalse();
  }

  @Test
  void aNationalAdministratorReachesEveryUnitOfTheRegistryAndNoOther() {
    ApiKey national = key(KeyRole.ADMIN);

    assertThat(national.national()).isTrue();
    assertThat(reaches(national, "21589")).isTrue();
    assertThat(reaches(national, "25747")).isTrue();
    assertThat(reaches(national, "99999")).isFalse();
  }

  @Test
  void beingAnAdministratorDoesNotWidenAScope() {
    ApiKey provinceAdmin = key(KeyRole.ADMIN, "52");

    assertThat(provinceAdmin.national()).isFalse();
    assertThat(reaches(provinceAdmin, "21589")).isTrue();
    assertThat(reaches(provinceAdmin, "25747")).isFalse();
    assertThat(reaches(provinceAdmin, "79")).isFalse();
    assertThat(Scopes.covers(provinceAdmin, List.of("25747", "79"), TWO_PROVINCES, DAY)).isFalse();
    assertThat(Scopes.covers(provinceAdmin, List.of("21589", "52"), TWO_PROVINCES, DAY)).isTrue();
    assertThat(Scopes.reachesAll(provinceAdmin, List.of("21589", "52"), TWO_PROVINCES, DAY))
        .isTrue();
    assertThat(Scopes.reachesAll(provinceAdmin, List.of("21589", "25747"), TWO_PROVINCES, DAY))
        .isFalse();
    assertThat(Scopes.reachesAll(provinceAdmin, List.of(), TWO_PROVINCES, DAY)).isFalse();
  }

  @Test
  void aScopedAdministratorGrantsOnlyWithinItsUnitsAndNeverNationalReach() {
    ApiKey provinceAdmin = key(KeyRole.ADMIN, "52");

    assertThat(grant(provinceAdmin, Rank.ADMIN, "21583")).isEmpty();
    assertThat(grant(provinceAdmin, Rank.ADMIN))
        .hasValueSatisfying(refusal -> assertThat(refusal.field()).isEqualTo("units"));
    assertThat(grant(provinceAdmin, Rank.READER, "21583", "25747"))
        .hasValue(
            new Scopes.Refusal(
                "units[1]", "unit '25747' is not in today's registry within your own units"));
    assertThat(grant(key(KeyRole.ADMIN), Rank.ADMIN)).isEmpty();
  }

  @Test
  void evenANationalAdministratorGrantsOnlyUnitsTheRegistryKnows() {
    assertThat(grant(key(KeyRole.ADMIN), Rank.OPERATOR, "52", "79x"))
        .hasValue(new Scopes.Refusal("units[1]", "unit '79x' is not in the unit registry"));
    assertThat(grant(key(KeyRole.ADMIN), Rank.OPERATOR, "52", "21583")).isEmpty();
  }

  @Test
  void noOneGrantsARoleAboveItsOwn() {
    assertThat(grant(key(KeyRole.OPERATOR, "52"), Rank.ADMIN, "21583"))
        .hasValueSatisfying(refusal -> assertThat(refusal.field()).isEqualTo("role"));
    assertThat(grant(key(KeyRole.OPERATOR, "52"), Rank.OPERATOR, "21583")).isEmpty();
  }

  private static boolean reaches(Scoped who, String code) {
    return Scopes.reaches(who, code, TWO_PROVINCES, DAY);
  }

  private static java.util.Optional<Scopes.Refusal> grant(Scoped who, Rank role, String... units) {
    return Scopes.grant(who, role, List.of(units), TWO_PROVINCES, DAY);
  }

  private static ApiKey key(KeyRole role, String... units) {
    return new ApiKey(
        "k1", "src", role, List.of(units), List.of(), "d", Instant.EPOCH, "test", null, null);
  }

  private static UnitHistory twoProvinces() {
    List<Unit> units = new ArrayList<>(BuiltInUnits.giaLai().all());
    units.add(new Unit("79", "Thành phố Hồ Chí Minh", UnitLevel.PROVINCE, null));
    units.add(new Unit("25747", "Phường Thủ Dầu Một", UnitLevel.COMMUNE, "79"));
    return UnitHistory.timeless(new UnitRegistry(units));
  }
}
