package vn.dxmonitor.model.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dxmonitor.model.unit.BuiltInUnits;
import vn.dxmonitor.model.unit.UnitLevel;

/**
 * The catalog the platform starts with: the two ratio-of-counts indicators every plan shares and
 * the targets Bình Định's plans set for them at province and commune level (rows of {@code
 * targets.tsv}). After the 2025-07-01 reform these plans cover today's Gia Lai (52).
 */
public final class BuiltInCatalog {

  public static final String WORK_RECORDS_ONLINE = "work-records-online";
  public static final String TTHC_DOSSIERS_ONLINE = "tthc-dossiers-online";

  private static final String DIRECTIVE = "binh-dinh-ct-thi-dua-2023-2025";
  private static final String NQ05 = "binh-dinh-nq-05-nq-tu";
  private static final String KH33 = "binh-dinh-kh-33-kh-ubnd-2024";

  private static final String QUOTE_DIRECTIVE_RECORDS =
      "90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công"
          + " việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí"
          + " mật nhà nước)";
  private static final String QUOTE_NQ05_2025 =
      "Năm 2025, có 90% hồ sơ công việc tại cấp tỉnh, 80% hồ sơ công việc tại cấp xã được xử lý"
          + " trên môi trường mạng";
  private static final String QUOTE_NQ05_2030 =
      "Đến năm 2030, có 100% hồ sơ công việc tại cấp tỉnh, 90% hồ sơ công việc tại cấp huyện và"
          + " 70% hồ sơ cấp xã được xử lý trên môi trường mạng";
  private static final String QUOTE_KH33_RECORDS =
      "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 90% đối với cấp tỉnh, 80% đối với"
          + " cấp huyện và 60% đối với cấp xã (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)";

  private BuiltInCatalog() {}

  public static Catalog create() {
    Set<String> giaLai = Set.of(BuiltInUnits.GIA_LAI);
    return new Catalog(
        List.of(
            Indicator.ratio(
                WORK_RECORDS_ONLINE,
                "Hồ sơ công việc xử lý trên môi trường mạng",
                "Work records processed online",
                Pillar.DIGITAL_GOVERNMENT,
                30),
            Indicator.ratio(
                TTHC_DOSSIERS_ONLINE,
                "Hồ sơ TTHC được xử lý/giải quyết trực tuyến",
                "Admin procedure dossiers processed online",
                Pillar.DIGITAL_GOVERNMENT,
                30)),
        List.of(
            new Plan(
                DIRECTIVE,
                "Chỉ thị thi đua chuyển đổi số 2023-2025",
                "binh-dinh",
                "000_7fa9a3701d8c87c0.txt",
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 1, 1),
                giaLai),
            new Plan(
                NQ05,
                "NQ 05-NQ/TU",
                "binh-dinh",
                "001_b3e294975549bc09.txt",
                LocalDate.of(2021, 9, 20),
                LocalDate.of(2021, 9, 20),
                giaLai),
            new Plan(
                KH33,
                "KH 33/KH-UBND 2024",
                "binh-dinh",
                "003_1a683307a5f6c046.txt",
                LocalDate.of(2024, 2, 26),
                LocalDate.of(2024, 1, 1),
                giaLai)),
        List.of(
            target(
                DIRECTIVE,
                TTHC_DOSSIERS_ONLINE,
                UnitLevel.PROVINCE,
                Comparator.MORE_THAN,
                80,
                2025,
                "trên 80% hồ sơ thủ tục hành chính được xử lý trực tuyến",
                null),
            target(
                DIRECTIVE,
                WORK_RECORDS_ONLINE,
                UnitLevel.PROVINCE,
                Comparator.AT_LEAST,
                90,
                2025,
                QUOTE_DIRECTIVE_RECORDS,
                null),
            target(
                DIRECTIVE,
                WORK_RECORDS_ONLINE,
                UnitLevel.COMMUNE,
                Comparator.AT_LEAST,
                60,
                2025,
                QUOTE_DIRECTIVE_RECORDS,
                null),
            target(
                NQ05,
                WORK_RECORDS_ONLINE,
                UnitLevel.PROVINCE,
                Comparator.AT_LEAST,
                90,
                2025,
                QUOTE_NQ05_2025,
                null),
            target(
                NQ05,
                WORK_RECORDS_ONLINE,
                UnitLevel.COMMUNE,
                Comparator.AT_LEAST,
                80,
                2025,
                QUOTE_NQ05_2025,
                "district figure missing; directive 000 citing this NQ gives district 80%,"
                    + " commune 60%"),
            target(
                NQ05,
                WORK_RECORDS_ONLINE,
                UnitLevel.PROVINCE,
                Comparator.AT_LEAST,
                100,
                2030,
                QUOTE_NQ05_2030,
                null),
            target(
                NQ05,
                WORK_RECORDS_ONLINE,
                UnitLevel.COMMUNE,
                Comparator.AT_LEAST,
                70,
                2030,
                QUOTE_NQ05_2030,
                null),
            target(
                KH33,
                WORK_RECORDS_ONLINE,
                UnitLevel.PROVINCE,
                Comparator.AT_LEAST,
                90,
                2024,
                QUOTE_KH33_RECORDS,
                null),
            target(
                KH33,
                WORK_RECORDS_ONLINE,
                UnitLevel.COMMUNE,
                Comparator.AT_LEAST,
                60,
                2024,
                QUOTE_KH33_RECORDS,
                null),
            target(
                KH33,
                TTHC_DOSSIERS_ONLINE,
                UnitLevel.PROVINCE,
                Comparator.AT_LEAST,
                80,
                2024,
                "Tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến, người dân"
                    + " chỉ nhập dữ liệu một lần",
                null)));
  }

  private static Target target(
      String plan,
      String indicator,
      UnitLevel level,
      Comparator comparator,
      double value,
      int year,
      String quote,
      String ambiguity) {
    String id = plan + "/" + indicator + "/" + level.id() + "/" + year;
    return new Target(
        id,
        plan,
        indicator,
        level,
        comparator,
        value,
        LocalDate.of(year, 12, 31),
        quote,
        ambiguity,
        null,
        null);
  }
}
