package vn.dxmonitor.runtime.catalog.topic;

import java.time.Instant;
import vn.dxmonitor.runtime.catalog.PlanDocument;

/**
 * One version of a plan. A change writes a new version and keeps the old ones, so a review of a
 * past date judges units against the targets that applied then.
 *
 * @param validFrom when this version took effect; null for a plan as it was first loaded, which
 *     applies to every earlier date too
 */
public record PlanVersion(PlanDocument plan, int version, Instant validFrom, String changedBy) {}
