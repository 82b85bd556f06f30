package vn.dxmonitor.processor.contribution;

/**
 * A contribution with where it must be applied: {@code local} when its unit's value lives in this
 * partition — the event's own unit, and an ancestor in the same province — else it crosses to the
 * partition of its own key first (an ancestor the unit no longer stands under, such as the district
 * and province of a day before a reorganisation).
 */
public record AddressedContribution(Contribution contribution, boolean local) {}
