package vn.dxmonitor.ingest.intake;

import java.util.List;

/** A request none of whose items could be accepted: every one was refused. */
public class NoValidEventException extends RuntimeException {

  private final transient List<RejectedEvent> rejected;

  public NoValidEventException(int items, List<RejectedEvent> rejected) {
    super(
        items == 0
            ? "the request holds no event"
            : items == 1
                ? "the event is not valid; see 'rejected'"
                : "none of the " + items + " events is valid; see 'rejected'");
    this.rejected = List.copyOf(rejected);
  }

  public List<RejectedEvent> rejected() {
    return rejected;
  }
}
