package vn.dxmonitor.model.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * A small reorganisation shaped like 2025-07-01's: Bình Định (52) and Gia Lai (64) merge into a new
 * Gia Lai that keeps code 52; one commune of each carries on whole, one of Bình Định's is split.
 */
public final class ReorganisedUnits {

  public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  private ReorganisedUnits() {}

  public static UnitHistory history() {
    return new UnitHistory(
        List.of(
            before(new Unit("52", "Tỉnh Bình Định", UnitLevel.PROVINCE, null)),
            before(new Unit("540", "Thành phố Quy Nhơn", UnitLevel.DISTRICT, "52")),
            before(new Unit("21550", "Phường Nhơn Bình", UnitLevel.COMMUNE, "540")),
            before(new Unit("21556", "Phường Nhơn Phú", UnitLevel.COMMUNE, "540")),
            before(new Unit("64", "Tỉnh Gia Lai", UnitLevel.PROVINCE, null)),
            before(new Unit("622", "Thành phố Pleiku", UnitLevel.DISTRICT, "64")),
            before(new Unit("23560", "Phường Hội Thương", UnitLevel.COMMUNE, "622")),
            after(new Unit("52", "Tỉnh Gia Lai", UnitLevel.PROVINCE, null)),
            after(new Unit("21553", "Phường Quy Nhơn Bắc", UnitLevel.COMMUNE, "52")),
            after(new Unit("21583", "Phường Quy Nhơn", UnitLevel.COMMUNE, "52")),
            after(new Unit("23561", "Phường Pleiku", UnitLevel.COMMUNE, "52")),
            after(new Unit("52-school-1", "Trường THPT Quy Nhơn", UnitLevel.INSTITUTION, "21583")),
            after(new Unit("52-school-2", "Trường THPT Pleiku", UnitLevel.INSTITUTION, "23561"))),
        List.of(
            full(UnitLevel.PROVINCE, "52", "52"),
            full(UnitLevel.PROVINCE, "64", "52"),
            full(UnitLevel.COMMUNE, "21550", "21553"),
            partial("21556", "21553"),
            partial("21556", "21583"),
            full(UnitLevel.COMMUNE, "23560", "23561")));
  }

  private static UnitVersion before(Unit unit) {
    return new UnitVersion(unit, "", null, REFORM);
  }

  private static UnitVersion after(Unit unit) {
    return new UnitVersion(unit, "", REFORM, null);
  }

  private static Succession full(UnitLevel level, String oldCode, String newCode) {
    return new Succession(level, oldCode, oldCode, newCode, newCode, true, REFORM);
  }

  private static Succession partial(String oldCode, String newCode) {
    return new Succession(UnitLevel.COMMUNE, oldCode, oldCode, newCode, newCode, false, REFORM);
  }
}
