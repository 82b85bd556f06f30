package vn.dxmonitor.dashboard.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The review report as CSV, one table for spreadsheets: a {@code section} column tells target lines
 * ({@code target}), ranking lines ({@code ranking}) and the award shortlist ({@code shortlist})
 * apart. UTF-8 with a byte-order mark, so that spreadsheet programs read the Vietnamese right.
 */
final class ReviewCsv {

  static final String BOM = "\uFEFF";
  private static final String FORMULA_START = "=+-@\t\r";
  private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?%?");
  static final List<String> HEADER =
      List.of(
          "section",
          "level",
          "rank",
          "unit",
          "name",
          "indicator",
          "target",
          "deadline",
          "result",
          "expected",
          "status",
          "score",
          "band",
          "revised_after_freeze");

  private ReviewCsv() {}

  static String of(ReviewReport report) {
    StringBuilder csv = new StringBuilder(BOM);
    line(csv, HEADER);
    for (ReviewReport.TargetLine target : report.targets()) {
      line(
          csv,
          List.of(
              "target",
              target.level(),
              "",
              "",
              "",
              target.indicator(),
              target.target(),
              target.deadline(),
              target.result(),
              target.expected(),
              target.status(),
              "",
              "",
              ""));
    }
    for (ReviewReport.LevelRanking level : report.rankings()) {
      for (ReviewReport.Ranked entry : level.entries()) {
        line(
            csv,
            List.of(
                "ranking",
                level.levelLabel(),
                Integer.toString(entry.rank()),
                entry.unit(),
                entry.name(),
                "",
                "",
                "",
                "",
                "",
                "",
                entry.score(),
                entry.band(),
                entry.revised()));
      }
    }
    for (ReviewReport.Nominee nominee : report.shortlist()) {
      line(
          csv,
          List.of(
              "shortlist",
              nominee.level(),
              Integer.toString(nominee.order()),
              nominee.unit(),
              nominee.name(),
              "",
              "",
              "",
              "",
              "",
              "",
              nominee.score(),
              nominee.band(),
              ""));
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(quoted(inert(cells.get(i))));
    }
    csv.append("\r\n");
  }

  /**
   * A cell a spreadsheet will not run: text beginning with {@code = + - @}, a tab or a carriage
   * return — a unit's name as imported, say — gets a leading apostrophe, so it is shown as written
   * instead of evaluated as a formula. Numbers, negative ones included, stay numbers.
   */
  static String inert(String cell) {
    if (cell == null || cell.isEmpty() || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return FORMULA_START.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
  static String quoted(String cell) {
    if (cell == null) {
      return "";
    }
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }
}
