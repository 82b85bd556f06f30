package vn.dxmonitor.ingest.format;

import java.util.List;
import java.util.function.UnaryOperator;
import vn.dxmonitor.model.event.Violation;

/**
 * One item of a request, as its format delivered it: the event as read (or null when the item could
 * not be read at all), what was wrong with its envelope, and how the contract's field names are
 * spelled in this format, so errors name the field the client sent.
 */
public record BodyItem(
    ReadEvent read, List<Violation> violations, UnaryOperator<String> fieldNames) {

  public static BodyItem of(ReadEvent read) {
    return new BodyItem(read, List.of(), UnaryOperator.identity());
  }

  public static BodyItem unreadable(Violation violation, UnaryOperator<String> fieldNames) {
    return new BodyItem(null, List.of(violation), fieldNames);
  }

  /** The item's eventId as the client sent it, or null. */
  public String eventId() {
    return read == null ? null : read.event().eventId();
  }

  /** A violation as the client should read it: its field in the client's own spelling. */
  public Violation named(Violation violation) {
    return new Violation(
        fieldNames.apply(violation.field()), violation.code(), violation.message());
  }
}
