package vn.dxmonitor.runtime.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeySecretsTest {

  @Test
  void digestsAreStableAndKeysRandom() {
    String key = KeySecrets.newKey();

    assertThat(KeySecrets.digest(key)).isEqualTo(KeySecrets.digest(" " + key + "\n"));
    assertThat(KeySecrets.digest(key))
        .hasSize(64)
        .isNotEqualTo(KeySecrets.digest(KeySecrets.newKey()));
  }
}
