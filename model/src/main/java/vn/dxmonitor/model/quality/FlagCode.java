package vn.dxmonitor.model.quality;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a figure is held for a verifier's look before it counts. */
public enum FlagCode {
  /** It moved from the unit's last figure far more than the unit's figures ever move. */
  IMPLAUSIBLE_JUMP("implausible-jump"),
  /** It lies far from what the unit's peers reported for the same period. */
  OUTLIER_AMONG_PEERS("outlier-among-peers"),
  /** A ratio's numerator is above its denominator: more successes than cases. */
  NUMERATOR_ABOVE_DENOMINATOR("numerator-above-denominator"),
  /** A coverage counts more units than the registry holds under the unit. */
  COVERAGE_ABOVE_REGISTRY("coverage-above-registry");

  private final String id;

  FlagCode(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }
}
