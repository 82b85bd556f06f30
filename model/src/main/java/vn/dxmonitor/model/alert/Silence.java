package vn.dxmonitor.model.alert;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.dxmonitor.model.time.VietnamTime;

/**
 * Stops notifications for the alerts it matches while it is in force; the alerts themselves are
 * still raised, recorded and shown, each naming the silences that cover it. A silence is never
 * deleted, only expired, so that what was silenced stays explainable.
 *
 * @param endsAt null for a recurring silence that runs until it is expired
 * @param windows when not empty, the silence holds only inside these weekly windows
 */
public record Silence(
    String id,
    SilenceMatchers matchers,
    Instant startsAt,
    Instant endsAt,
    List<SilenceWindow> windows,
    String reason,
    String createdBy,
    Instant createdAt,
    String expiredBy,
    Instant expiredAt) {

  public Silence {
    windows = windows == null ? List.of() : List.copyOf(windows);
  }

  /** In force at {@code at}: started, not ended or expired, and inside a window if it has any. */
  public boolean holdsAt(Instant at) {
    if (at.isBefore(startsAt)
        || (endsAt != null && !at.isBefore(endsAt))
        || (expiredAt != null && !at.isBefore(expiredAt))) {
      return false;
    }
    return windows.isEmpty()
        || windows.stream()
            .anyMatch(window -> window.contains(LocalDateTime.ofInstant(at, VietnamTime.ZONE)));
  }

  /** Over for good: nothing it matches will be silenced by it again. */
  public boolean isOver(Instant at) {
    return (endsAt != null && !at.isBefore(endsAt))
        || (expiredAt != null && !at.isBefore(expiredAt));
  }

  public boolean silences(Alert alert, Instant at) {
    return holdsAt(at) && matchers.matches(alert);
  }

  public Silence expired(String by, Instant at) {
    return new Silence(
        id, matchers, startsAt, endsAt, windows, reason, createdBy, createdAt, by, at);
  }
}
