package vn.dxmonitor.runtime.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitHistory;

class KeyScopeTest {

  private static final UnitHistory GIA_LAI = UnitHistory.timeless(BuiltInUnits.giaLai());
  private static final LocalDate DAY = LocalDate.of(2025, 11, 20);

  @Test
  void aProvinceKeyCoversItselfAndItsCommunesButACommuneKeyOnlyItself() {
    ApiKey province = key(KeyRole.SOURCE, "52");
    ApiKey commune = key(KeyRole.SOURCE, "21583");

    assertThat(KeyScope.permits(province, "52", DAY, GIA_LAI)).isTrue();
    assertThat(KeyScope.permits(province, "21589", DAY, GIA_LAI)).isTrue();
    assertThat(KeyScope.permits(commune, "21583", DAY, GIA_LAI)).isTrue();
    assertThat(KeyScope.permits(commune, "21589", DAY, GIA_LAI)).isFalse();
    assertThat(KeyScope.permits(commune, "52", DAY, GIA_LAI)).isFalse();
  }

  @Test
  void anAdministratorKeyCoversEverything() {
    assertThat(KeyScope.permits(key(KeyRole.ADMIN), "21589", DAY, GIA_LAI)).isTrue();
  }

  @Test
  void digestsAreStableAndKeysRandom() {
    String key = KeySecrets.newKey();

    assertThat(KeySecrets.digest(key)).isEqualTo(KeySecrets.digest(" " + key + "\n"));
    assertThat(KeySecrets.digest(key))
        .hasSize(64)
        .isNotEqualTo(KeySecrets.digest(KeySecrets.newKey()));
  }

  private static ApiKey key(KeyRole role, String... units) {
    return new ApiKey(
        "k1", "src", role, List.of(units), List.of(), "d", Instant.EPOCH, "test", null, null);
  }
}
