package vn.dxmonitor.model.unit;

import java.util.List;

/**
 * The small unit registry the platform starts with until the full registry is imported: the
 * province of Gia Lai (code 52 since the 2025-07-01 reform) and communes of it that came from the
 * former Bình Định, the province whose plans the built-in catalog holds. Codes and names are the
 * statistics office's.
 */
public final class BuiltInUnits {

  public static final String GIA_LAI = "52";

  /** The day the 2025 reorganisation took effect: these units' codes are valid from then. */
  public static final java.time.LocalDate REFORM = java.time.LocalDate.of(2025, 7, 1);

  private BuiltInUnits() {}

  public static UnitRegistry giaLai() {
    return new UnitRegistry(
        List.of(
            new Unit(GIA_LAI, "Tỉnh Gia Lai", UnitLevel.PROVINCE, null),
            commune("21553", "Phường Quy Nhơn Bắc"),
            commune("21583", "Phường Quy Nhơn"),
            commune("21589", "Phường Quy Nhơn Tây"),
            commune("21592", "Phường Quy Nhơn Nam"),
            commune("21601", "Phường Quy Nhơn Đông"),
            commune("21607", "Xã Nhơn Châu"),
            commune("21609", "Xã An Lão"),
            commune("21616", "Xã An Vinh"),
            commune("21622", "Xã An Toàn"),
            commune("21628", "Xã An Hòa"),
            commune("21637", "Phường Tam Quan"),
            commune("21640", "Phường Bồng Sơn")));
  }

  private static Unit commune(String code, String name) {
    return new Unit(code, name, UnitLevel.COMMUNE, GIA_LAI);
  }
}
