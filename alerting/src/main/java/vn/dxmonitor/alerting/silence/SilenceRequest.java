package vn.dxmonitor.alerting.silence;

import java.util.List;
import vn.dxmonitor.model.alert.SilenceMatchers;

/**
 * A new silence as an operator writes it; {@link Silences#create} checks every field.
 *
 * @param startsAt ISO-8601 instant, e.g. {@code 2026-02-14T00:00:00+07:00}; now when absent
 * @param endsAt ISO-8601 instant; may be absent only for a recurring silence
 */
public record SilenceRequest(
    SilenceMatchers matchers,
    String startsAt,
    String endsAt,
    List<WindowRequest> windows,
    String reason) {

  public SilenceRequest {
    windows = windows == null ? List.of() : windows;
  }

  /**
   * @param days e.g. {@code ["saturday", "sunday"]} or {@code ["sat", "sun"]}; {@code "tet"} (or
   *     {@code new-year}, {@code hung-kings}, {@code reunification}, {@code labour-day}, {@code
   *     national-day}) for that holiday's days whatever their dates, {@code "holidays"} for every
   *     public holiday
   * @param from {@code HH:mm}, Vietnam time
   * @param to {@code HH:mm}, Vietnam time; not after {@code from} means the next day
   */
  public record WindowRequest(List<String> days, String from, String to) {}
}
