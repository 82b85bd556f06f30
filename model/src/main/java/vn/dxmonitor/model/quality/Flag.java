package vn.dxmonitor.model.quality;

/**
 * A reason to look at a figure before it counts. A flag never drops the figure: it is shown to the
 * verifier, or raised as an alert for a streamed one.
 *
 * @param reason in English, with the figures that tripped it
 * @param score the robust score for the two statistical checks; 0 for the others
 */
public record Flag(FlagCode code, String reason, double score) {}
