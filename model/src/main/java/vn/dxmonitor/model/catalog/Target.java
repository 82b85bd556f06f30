package vn.dxmonitor.model.catalog;

import java.time.LocalDate;
import java.util.Objects;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * One quantifiable target (chỉ tiêu) of a plan: the indicator must compare with {@code value} at
 * units of {@code level} by {@code deadline}. {@code quote} is the sentence of the source document
 * it comes from, {@code ambiguity} the reading taken where that sentence was unclear. {@code
 * audience} is set when the target is a province-wide share over residents ({@code population}),
 * households, enterprises or every sector ({@code any}): the unit measured is then the province.
 * {@code section} names the part of the document the target sits in, when it has several.
 */
public record Target(
    String id,
    String planId,
    String indicatorId,
    UnitLevel level,
    Comparator comparator,
    double value,
    LocalDate deadline,
    String quote,
    String ambiguity,
    String audience,
    String section) {

  public Target {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(deadline, "deadline");
  }

  public boolean isMetBy(double actual) {
    return comparator.isMet(actual, value);
  }
}
