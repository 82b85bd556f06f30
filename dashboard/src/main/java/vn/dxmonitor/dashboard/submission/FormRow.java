package vn.dxmonitor.dashboard.submission;

/**
 * One line of the reporters' form page, ready to show.
 *
 * @param kind the indicator kind's id, which decides the fields
 * @param state the submission's state ({@code DRAFT}…), {@code NEW} before anything was saved
 * @param editable whether the reporter may change it now (not while it waits for verification)
 * @param submittable whether it can be sent for verification now
 * @param comment the verifier's last comment, when it was returned
 */
public record FormRow(
    String indicator,
    String name,
    String unitOfMeasure,
    String kind,
    String deadline,
    String target,
    String lastPeriod,
    String state,
    int version,
    String numerator,
    String denominator,
    String value,
    String count,
    Boolean compliant,
    String note,
    String evidence,
    String published,
    boolean editable,
    boolean submittable,
    String comment) {}
