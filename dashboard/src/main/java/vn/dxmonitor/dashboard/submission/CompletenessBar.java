package vn.dxmonitor.dashboard.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * A period's figures as one stacked bar, each figure in one segment: counted, waiting for a
 * verifier, not yet in (before its deadline), overdue. Widths are shares of 100.
 */
public record CompletenessBar(CompletenessView view, List<Segment> segments) {

  /** One part of the bar, starting at {@code x}. */
  public record Segment(String kind, int count, double x, double width) {}

  public static CompletenessBar of(CompletenessView view) {
    int counted = view.published();
    int waiting = Math.max(0, Math.min(view.submitted() - view.verified(), view.due() - counted));
    int overdue = Math.min(view.overdue(), view.due() - counted - waiting);
    int notYet = Math.max(0, view.due() - counted - waiting - overdue);
    List<Segment> segments = new ArrayList<>();
    double x = 0;
    int[] counts = {counted, waiting, notYet, overdue};
    String[] kinds = {"published", "waiting", "not-yet", "overdue"};
    for (int i = 0; i < counts.length; i++) {
      double width = view.due() == 0 ? 0 : 100.0 * counts[i] / view.due();
      segments.add(new Segment(kinds[i], counts[i], x, width));
      x += width;
    }
    return new CompletenessBar(view, List.copyOf(segments));
  }
}
