package vn.dxmonitor.alerting.api;

import java.time.Instant;
import java.util.List;
import vn.dxmonitor.model.alert.AlertState;

/**
 * Which alerts to list; null and empty mean any, but for {@code within}.
 *
 * @param unit alerts of this unit or any unit below it
 * @param within only alerts of these units or below them: the caller's scope; null for a national
 *     caller. Empty matches no alert, so a scope that lost its units reaches nothing rather than
 *     everything
 * @param from with {@code to}: alerts whose episode overlaps the span (began by {@code to}, and
 *     active or resolved at or after {@code from})
 */
public record AlertFilter(
    List<AlertState> states,
    String unit,
    List<String> within,
    String indicator,
    String rule,
    String severity,
    Instant from,
    Instant to,
    int limit) {}
