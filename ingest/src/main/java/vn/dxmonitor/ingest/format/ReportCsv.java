package vn.dxmonitor.ingest.format;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.node.ObjectNode;
import vn.dxmonitor.model.catalog.IndicatorKind;
import vn.dxmonitor.model.event.Violation;
import vn.dxmonitor.model.event.ViolationCode;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.runtime.json.JsonCodec;

/**
 * {@code POST /api/v1/reports}: a CSV of periodic figures, one per row, with the columns {@code
 * unit, indicator, period, value} and optionally {@code numerator, denominator} (for a
 * ratio-of-counts indicator), {@code eventId} and {@code occurredAt}. Each row becomes one event
 * dated the last day of its period; without an eventId its id is {@code
 * report:<unit>:<indicator>:<period>}, so sending the same row again counts nothing twice, and
 * sending it with another figure revises it. A row with {@code retract} true (and no figure)
 * withdraws the figure of its unit, indicator and period. Comma or semicolon separated
 * (spreadsheets set to Vietnamese write semicolons), UTF-8 with or without a byte-order mark.
 *
 * <p>A report without an {@code indicator} column is read in the layout published results come in,
 * one row per unit and period with a column per indicator ({@code unit, period, dti-awareness, …,
 * dti-rank}): each filled cell is a figure of its column's indicator, read and answered as the row
 * {@code unit, indicator, period, value} would be; an empty cell is no figure.
 */
public final class ReportCsv {

  private static final String UNIT = "unit";
  private static final String INDICATOR = "indicator";
  private static final String PERIOD = "period";
  private static final String VALUE = "value";
  static final List<String> REQUIRED = List.of(UNIT, INDICATOR, PERIOD);
  private static final List<String> WIDE_REQUIRED = List.of(UNIT, PERIOD);
  private static final List<String> LONG_ONLY =
      List.of(VALUE, "numerator", "denominator", "eventid", "occurredat", "retract");
  static final Set<String> KNOWN =
      Set.of(
          "unit",
          "indicator",
          "period",
          "value",
          "numerator",
          "denominator",
          "eventid",
          "occurredat",
          "retract");

  private ReportCsv() {}

  /** A row read: its line in the file and its item. */
  public record Row(long line, BodyItem item) {}

  /**
   * @param kinds the kind of each known indicator, to place {@code value} in the right field
   * @throws UnreadableBodyException when the file is not CSV or lacks a required column
   */
  public static List<Row> read(
      byte[] body, Function<String, Optional<IndicatorKind>> kinds, Clock clock) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new UnreadableBodyException("the report is empty; the first line names the columns");
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter(text))
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Map<String, Integer> header = lowerCase(parser.getHeaderMap());
      // Only a file with none of the one-figure-per-row columns is read a column per indicator,
      // so a row-per-figure file that lost its indicator column is told exactly that
      if (!header.containsKey(INDICATOR) && LONG_ONLY.stream().noneMatch(header::containsKey)) {
        return wide(parser, header, kinds, clock);
      }
      Map<String, Integer> columns = columns(header);
      for (CSVRecord record : parser) {
        requireNoExtraCells(record, header, parser.getCurrentLineNumber());
        rows.add(
            new Row(
                parser.getCurrentLineNumber(),
                item(name -> cell(record, columns, name), kinds, clock)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      throw new UnreadableBodyException("the report is not valid CSV: " + e.getMessage());
    }
    return rows;
  }

  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
  }

  private static List<Row> wide(
      CSVParser parser,
      Map<String, Integer> header,
      Function<String, Optional<IndicatorKind>> kinds,
      Clock clock) {
    List<String> missing =
        WIDE_REQUIRED.stream().filter(name -> !header.containsKey(name)).toList();
    if (!missing.isEmpty()) {
      throw new UnreadableBodyException(
          "the report lacks the column(s) "
              + String.join(", ", missing)
              + "; its first line names unit, indicator, period and value, or unit, period and"
              + " a column per indicator, but was: "
              + String.join(",", header.keySet()));
    }
    Map<String, Integer> indicators = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    header.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .filter(column -> !WIDE_REQUIRED.contains(column.getKey()))
        .forEach(
            column -> {
              if (kinds.apply(column.getKey()).isPresent()) {
                indicators.put(column.getKey(), column.getValue());
              } else {
                unknown.add(column.getKey());
              }
            });
    if (!unknown.isEmpty() || indicators.isEmpty()) {
      throw new UnreadableBodyException(
          "a report without an indicator column has a column per indicator of the catalog"
              + " besides unit and period, but "
              + (unknown.isEmpty()
                  ? "it has none"
                  : "the column(s) " + String.join(", ", unknown) + " name no indicator"));
    }
    List<Row> rows = new ArrayList<>();
    for (CSVRecord record : parser) {
      requireNoExtraCells(record, header, parser.getCurrentLineNumber());
      for (Map.Entry<String, Integer> indicator : indicators.entrySet()) {
        String figure = cell(record, indicators, indicator.getKey());
        if (figure == null) {
          continue;
        }
        Function<String, String> cells =
            name ->
                switch (name) {
                  case INDICATOR -> indicator.getKey();
                  case VALUE -> figure;
                  case UNIT, PERIOD -> cell(record, header, name);
                  default -> null;
                };
        rows.add(new Row(parser.getCurrentLineNumber(), item(cells, kinds, clock)));
      }
    }
    return rows;
  }

  /**
   * A line with more cells than the header has columns would shift its figures into the wrong
   * columns (an unquoted decimal comma does it: {@code 0,95}), so the whole report is refused
   * rather than half of it read wrong.
   */
  private static void requireNoExtraCells(
      CSVRecord record, Map<String, Integer> header, long line) {
    if (record.size() > header.size()) {
      throw new UnreadableBodyException(
          "line "
              + line
              + " has "
              + record.size()
              + " cells for "
              + header.size()
              + " columns; quote a decimal comma (\"0,95\") or separate the columns with"
              + " semicolons");
    }
  }

  private static Map<String, Integer> lowerCase(Map<String, Integer> header) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    header.forEach((name, index) -> columns.put(name.strip().toLowerCase(Locale.ROOT), index));
    return columns;
  }

  private static Map<String, Integer> columns(Map<String, Integer> columns) {
    List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
    if (!missing.isEmpty()) {
      throw new UnreadableBodyException(
          "the report lacks the column(s) "
              + String.join(", ", missing)
              + "; its first line must name unit, indicator, period and value (or numerator and"
              + " denominator), but was: "
              + String.join(",", columns.keySet()));
    }
    List<String> unknown = columns.keySet().stream().filter(name -> !KNOWN.contains(name)).toList();
    if (!unknown.isEmpty()) {
      throw new UnreadableBodyException(
          "the report has unknown column(s) "
              + String.join(", ", unknown)
              + "; the columns are unit, indicator, period, value, numerator, denominator,"
              + " eventId, occurredAt and retract");
    }
    return columns;
  }

  /** The row's item, from its cells by column name ({@code null} for an empty or absent one). */
  private static BodyItem item(
      Function<String, String> cells,
      Function<String, Optional<IndicatorKind>> kinds,
      Clock clock) {
    List<Violation> violations = new ArrayList<>();
    ObjectNode fields = JsonCodec.mapper().createObjectNode();
    String unit = cells.apply("unit");
    String indicator = cells.apply("indicator");
    String period = cells.apply("period");
    fields.put("unit", unit);
    fields.put("indicator", indicator);
    String eventId = cells.apply("eventid");
    fields.put(
        "eventId", eventId != null ? eventId : "report:" + unit + ":" + indicator + ":" + period);
    String occurredAt = cells.apply("occurredat");
    if (occurredAt != null) {
      fields.put("occurredAt", occurredAt);
    } else if (period == null) {
      violations.add(ViolationCode.REQUIRED.at("period", "period"));
    } else {
      Optional<LocalDate> last = ReportPeriod.lastDay(period);
      if (last.isEmpty()) {
        violations.add(
            ViolationCode.WRONG_TYPE.at(
                "period",
                "period",
                "a year (2025), half (2025-H1), quarter (2025-Q3), month (2025-09) or day"
                    + " (2025-09-30)",
                "'" + period + "'"));
      } else if (last.get().isAfter(VietnamTime.dateOf(clock.instant()))) {
        violations.add(
            ViolationCode.OUT_OF_RANGE.at(
                "period",
                "period",
                "periods that have ended",
                period + " (ends " + last.get() + ")"));
      } else {
        fields.put(
            "occurredAt",
            last.get()
                .atTime(LocalTime.of(23, 59, 59))
                .atZone(VietnamTime.ZONE)
                .toOffsetDateTime()
                .toString());
      }
    }
    String retract = cells.apply("retract");
    if (retract != null) {
      switch (retract.toLowerCase(Locale.ROOT)) {
        case "true", "1", "yes", "có", "co" -> fields.put("retract", true);
        case "false", "0", "no", "không", "khong" -> {
          // an ordinary row
        }
        default -> fields.put("retract", retract);
      }
    }
    putNumber(fields, "numerator", cells.apply("numerator"));
    putNumber(fields, "denominator", cells.apply("denominator"));
    String value = cells.apply("value");
    if (value != null) {
      IndicatorKind kind = indicator == null ? null : kinds.apply(indicator).orElse(null);
      if (kind == IndicatorKind.COUNTER) {
        putNumber(fields, "count", value);
      } else if (kind == IndicatorKind.COVERAGE) {
        putBoolean(fields, value);
      } else {
        putNumber(fields, "value", value);
      }
    }
    // A row dated by its period is told about its period, not about the instant made from it.
    Map<String, String> names = occurredAt == null ? PERIOD_NAMES : REPORT_NAMES;
    return new BodyItem(
        EventReader.read(fields), violations, name -> names.getOrDefault(name, name));
  }

  private static final Map<String, String> REPORT_NAMES =
      Map.of("count", "value", "compliant", "value");
  private static final Map<String, String> PERIOD_NAMES =
      Map.of("count", "value", "compliant", "value", "occurredAt", "period");

  private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
    Integer index = columns.get(name);
    if (index == null || index >= record.size()) {
      return null;
    }
    String value = record.get(index);
    return value == null || value.isBlank() ? null : value;
  }

  /** A number where the cell holds one, else the text, which the reader reports as mistyped. */
  private static void putNumber(ObjectNode fields, String field, String text) {
    if (text == null) {
      return;
    }
    try {
      fields.put(field, Long.parseLong(text));
      return;
    } catch (NumberFormatException notWhole) {
      // fall through to a decimal
    }
    try {
      fields.put(field, new BigDecimal(text));
    } catch (NumberFormatException notNumber) {
      fields.put(field, text);
    }
  }

  private static void putBoolean(ObjectNode fields, String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "có", "co" -> fields.put("compliant", true);
      case "false", "0", "no", "không", "khong" -> fields.put("compliant", false);
      default -> fields.put("compliant", text);
    }
  }
}
