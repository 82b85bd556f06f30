package vn.dxmonitor.dashboard.ranking;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.validation.annotation.Validated;

/**
 * How the emulation ranking scores units.
 *
 * @param cap the most one target counts for, as a share of reaching it: 1.0 gives nothing for going
 *     beyond a target, 1.2 lets over-achievement count up to a fifth more
 * @param excellent the lowest score banded xuất sắc (excellent)
 * @param good the lowest score banded khá (good)
 * @param average the lowest score banded trung bình (average); below it, yếu (weak)
 * @param weights the weight of each indicator's target, by indicator id; 1 for any not named
 */
@Validated
@ConfigurationProperties("dx.dashboard.rankings")
public record RankingProperties(
    @DefaultValue("1.0") @DecimalMin("1.0") @DecimalMax("2.0") double cap,
    @DefaultValue("90") double excellent,
    @DefaultValue("75") double good,
    @DefaultValue("50") double average,
    Map<String, Double> weights) {

  public RankingProperties {
    weights = weights == null ? Map.of() : Map.copyOf(weights);
    if (!(excellent > good && good > average && average >= 0 && excellent <= 100 * cap)) {
      throw new InvalidConfigurationPropertyValueException(
          "dx.dashboard.rankings",
          excellent + "/" + good + "/" + average,
          "band thresholds must fall excellent > good > average ≥ 0, but were "
              + excellent
              + ", "
              + good
              + ", "
              + average);
    }
    weights.forEach(
        (indicator, weight) -> {
          if (weight == null || !(weight >= 0) || Double.isInfinite(weight)) {
            throw new InvalidConfigurationPropertyValueException(
                "dx.dashboard.rankings.weights." + indicator,
                weight,
                "a weight must be a finite number ≥ 0");
          }
        });
  }

  public double weightOf(String indicator) {
    return weights.getOrDefault(indicator, 1.0);
  }
}
