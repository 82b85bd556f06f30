package vn.dxmonitor.dashboard.overview;

import vn.dxmonitor.model.trajectory.Status;

/**
 * One indicator of the province as a bullet chart: the value as a bar, the trajectory's expected
 * value today and the target as marks, on a scale from zero to {@code scale}.
 *
 * @param unitSuffix what follows a number of the indicator's unit, e.g. {@code %}
 * @param comparator the target's comparator, e.g. {@code >=}
 * @param scale the value at the right end of the bullet
 * @param valueAt where the bar ends, in percent of the bullet's width; null without a value
 * @param expectedAt where the expected mark stands, in percent; null without one
 * @param targetAt where the target mark stands, in percent; null without one
 */
public record BulletItem(
    String indicator,
    String name,
    String unitSuffix,
    String value,
    String expected,
    String target,
    String comparator,
    String deadline,
    Status status,
    String statusClass,
    String toneClass,
    String statusLabel,
    double scale,
    Double valueAt,
    Double expectedAt,
    Double targetAt) {}
