package vn.dxmonitor.dashboard.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.dxmonitor.model.recovery.Recovery;
import vn.dxmonitor.model.time.VietnamTime;

/**
 * The console's chart of recoveries: one bar per day of the last {@link #DAYS} days (Vietnam's
 * days), stacked by service, so a day with many recoveries — a flapping broker, a failing disk —
 * stands out and shows which service it hit.
 *
 * @param bars oldest day first
 * @param services the services that recovered in the period, in a fixed order for the legend
 * @param highest the tallest bar's count, the chart's scale
 */
public record RecoveryChart(List<Bar> bars, List<String> services, long highest) {

  static final int DAYS = 30;

  /** One day's recoveries. */
  public record Bar(LocalDate day, int index, long total, List<Segment> segments) {}

  /**
   * One service's part of a bar.
   *
   * @param below the count stacked under it, to place it
   */
  public record Segment(String service, long count, long below) {}

  static RecoveryChart of(List<Recovery> recoveries, Instant now) {
    LocalDate today = VietnamTime.dateOf(now);
    LocalDate first = today.minusDays(DAYS - 1L);
    Map<LocalDate, Map<String, Long>> byDay = new TreeMap<>();
    for (Recovery recovery : recoveries) {
      LocalDate day = VietnamTime.dateOf(recovery.at());
      if (!day.isBefore(first) && !day.isAfter(today)) {
        byDay.computeIfAbsent(day, d -> new TreeMap<>()).merge(recovery.service(), 1L, Long::sum);
      }
    }
    List<String> services =
        byDay.values().stream()
            .flatMap(counts -> counts.keySet().stream())
            .distinct()
            .sorted()
            .collect(Collectors.toList());
    List<Bar> bars = new ArrayList<>();
    long highest = 0;
    for (int i = 0; i < DAYS; i++) {
      LocalDate day = first.plusDays(i);
      Map<String, Long> counts = byDay.getOrDefault(day, Map.of());
      List<Segment> segments = new ArrayList<>();
      long below = 0;
      for (String service : services) {
        long count = counts.getOrDefault(service, 0L);
        if (count > 0) {
          segments.add(new Segment(service, count, below));
          below += count;
        }
      }
      bars.add(new Bar(day, i, below, segments));
      highest = Math.max(highest, below);
    }
    return new RecoveryChart(bars, services, highest);
  }

  /** Whether any day of the period had a recovery. */
  public boolean isEmpty() {
    return highest == 0;
  }

  /** The index of a service in the legend, for its colour class. */
  public int colour(String service) {
    return services.indexOf(service);
  }
}
