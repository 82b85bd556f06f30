package vn.dxmonitor.model.event;

/**
 * The one vocabulary for what can be wrong with an event. Codes travel to clients in API answers
 * and to the dead-letter topic's reason header, so they are stable identifiers.
 */
public enum ViolationCode {
  REQUIRED("required", "%s is required"),
  TOO_LONG("too-long", "%s must be at most %d characters, but was %d"),
  WRONG_TYPE("wrong-type", "%s must be %s, but was %s"),
  UNKNOWN_UNIT("unknown-unit", "unit '%s' is not in the unit registry%s"),
  UNKNOWN_FIELD("unknown-field", "'%s' is not a field of the event contract%s"),
  UNPARSEABLE("unparseable", "%s is not valid JSON: %s"),
  INVALID_CLOUDEVENT("invalid-cloudevent", "not a valid CloudEvent 1.0: %s"),
  WRONG_EVENT_TYPE("wrong-event-type", "type must be '%s', but was '%s'"),
  RETIRED_UNIT_SPLIT(
      "retired-unit-split",
      "unit '%s' was retired on %s and split between %s; report for the successor the figures"
          + " belong to"),
  UNKNOWN_INDICATOR("unknown-indicator", "indicator '%s' is not in the catalog%s"),
  NEGATIVE("negative", "%s must be ≥ 0, but was %s"),
  NUMERATOR_EXCEEDS_DENOMINATOR(
      "numerator-exceeds-denominator", "numerator must be ≤ denominator, but was %d > %d"),
  NOT_FINITE("not-finite", "%s must be a finite number, but was %s"),
  OUT_OF_RANGE("out-of-range", "%s must be within %s, but was %s"),
  NOT_FOR_KIND("not-for-kind", "%s does not belong to a %s indicator; it needs %s"),
  IN_FUTURE("in-future", "occurredAt must be at most %s ahead of now, but was %s"),
  TOO_OLD("too-old", "occurredAt must not be before %s, but was %s"),
  TOO_LATE(
      "too-late",
      "occurredAt %s is past the revision window of '%s' (%s after it happened): a figure for it had"
          + " to arrive by %s, but this one came at %s"),
  TOO_LARGE("too-large", "%s must be at most %d, but was %d"),
  RETRACTION_WITH_FIGURE(
      "retraction-with-figure",
      "%s does not belong to a retraction: it names the event to withdraw (eventId, unit,"
          + " indicator, occurredAt) and carries no figure"),
  UNKNOWN_EVENT(
      "unknown-event",
      "there is no event '%s' of this source to retract within its revision window"),
  REPEATED_IN_REQUEST(
      "repeated-in-request",
      "eventId '%s' came earlier in this request (item %d) with other figures; send a revision in"
          + " a request of its own"),
  REVISION_CHANGES_FIGURE(
      "revision-changes-figure",
      "event '%s' was accepted before for another unit, indicator or time; a revision keeps all"
          + " three (retract the event and send a new one to move a figure)"),
  UNIT_NOT_PERMITTED(
      "unit-not-permitted", "this key may report for %s and the units below, not for unit '%s'"),
  INDICATOR_NOT_PERMITTED(
      "indicator-not-permitted", "this key may report %s only, not indicator '%s'");

  private final String code;
  private final String template;

  ViolationCode(String code, String template) {
    this.code = code;
    this.template = template;
  }

  public String code() {
    return code;
  }

  public Violation at(String field, Object... args) {
    return new Violation(field, code, String.format(java.util.Locale.ROOT, template, args));
  }
}
