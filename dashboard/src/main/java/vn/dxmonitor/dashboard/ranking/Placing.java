package vn.dxmonitor.dashboard.ranking;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dxmonitor.model.unit.Unit;

/**
 * Orders units by score, highest first; equal scores share a place (1, 2, 2, 4) and are listed by
 * name in Vietnamese order.
 */
final class Placing {

  private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

  private Placing() {}

  record Placed(int rank, Unit unit, double score) {}

  static List<Placed> of(Map<Unit, Double> scores) {
    List<Map.Entry<Unit, Double>> entries = new ArrayList<>(scores.entrySet());
    entries.sort(
        Comparator.comparing((Map.Entry<Unit, Double> e) -> e.getValue())
            .reversed()
            .thenComparing(e -> e.getKey().name(), VIETNAMESE)
            .thenComparing(e -> e.getKey().code()));
    List<Placed> placed = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Map.Entry<Unit, Double> entry = entries.get(i);
      int rank =
          i > 0 && entry.getValue().equals(entries.get(i - 1).getValue())
              ? placed.get(i - 1).rank()
              : i + 1;
      placed.add(new Placed(rank, entry.getKey(), entry.getValue()));
    }
    return placed;
  }

  static Map<String, Placed> byUnit(List<Placed> placed) {
    Map<String, Placed> byUnit = new HashMap<>();
    placed.forEach(p -> byUnit.put(p.unit().code(), p));
    return byUnit;
  }
}
