package vn.dxmonitor.dashboard.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dxmonitor.dashboard.admin.InvalidRequestException;

/**
 * The rows of a bulk entry, from a CSV file or the first sheet of an {@code .xlsx} workbook: a
 * header row naming the columns (any order, any case), then one figure per row, each numbered as
 * the spreadsheet numbers it (the header is row 1), so a refusal points at the row to fix.
 */
final class BulkRows {

  static final int MOST_ROWS = 5_000;
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /** One row: its number and its cells by lower-case column name, blanks left out. */
  record BulkRow(int number, Map<String, String> cells) {

    String get(String column) {
      return cells.get(column);
    }
  }

  private BulkRows() {}

  /** Reads an {@code .xlsx} workbook when the bytes are one (a zip), else UTF-8 CSV. */
  static List<BulkRow> read(byte[] body) {
    if (body == null || body.length == 0) {
      throw InvalidRequestException.of("body", "is required: a CSV file or an .xlsx workbook");
    }
    return startsWith(body, ZIP) ? workbook(body) : csv(body);
  }

  private static List<BulkRow> csv(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<BulkRow> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        Map<String, String> cells = new HashMap<>();
        for (Map.Entry<String, String> cell : record.toMap().entrySet()) {
          put(cells, cell.getKey(), cell.getValue());
        }
        add(rows, (int) record.getRecordNumber() + 1, cells);
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw InvalidRequestException.of("body", "is not a readable CSV file: " + e.getMessage());
    }
    return rows;
  }

  private static List<BulkRow> workbook(byte[] body) {
    List<BulkRow> rows = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(sheet.getFirstRowNum());
      if (header == null) {
        throw InvalidRequestException.of("body", "the first sheet has no header row");
      }
      Map<Integer, String> columns = new HashMap<>();
      for (Cell cell : header) {
        columns.put(cell.getColumnIndex(), text(cell));
      }
      for (int at = header.getRowNum() + 1; at <= sheet.getLastRowNum(); at++) {
        Row row = sheet.getRow(at);
        if (row == null) {
          continue;
        }
        Map<String, String> cells = new HashMap<>();
        for (Cell cell : row) {
          String column = columns.get(cell.getColumnIndex());
          if (column != null) {
            put(cells, column, text(cell));
          }
        }
        if (!cells.isEmpty()) {
          add(rows, at + 1, cells);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidRequestException invalid) {
        throw invalid;
      }
      throw InvalidRequestException.of(
          "body", "is not a readable .xlsx workbook: " + e.getMessage());
    }
    return rows;
  }

  private static void add(List<BulkRow> rows, int number, Map<String, String> cells) {
    if (rows.size() == MOST_ROWS) {
      throw InvalidRequestException.of(
          "body", "has more than " + MOST_ROWS + " rows; send it in parts");
    }
    rows.add(new BulkRow(number, Map.copyOf(cells)));
  }

  private static void put(Map<String, String> cells, String column, String value) {
    if (column != null && value != null && !value.isBlank()) {
      cells.put(column.strip().toLowerCase(Locale.ROOT), value.strip());
    }
  }

  /** A cell as text: a number as its plain digits, whatever the sheet's display format. */
  private static String text(Cell cell) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case NUMERIC ->
          BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> null;
    };
  }

  private static boolean startsWith(byte[] body, byte[] prefix) {
    return body.length >= prefix.length
        && Arrays.equals(body, 0, prefix.length, prefix, 0, prefix.length);
  }
}
