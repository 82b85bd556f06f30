package vn.dxmonitor.runtime.units;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.unit.UnitVersion;

/**
 * Reads the statistics office's unit lists ({@code code,name,type,level,parent_code}) and the
 * reorganisation mapping ({@code level,old_code,old_name,new_code,new_name,kind}) — the columns of
 * {@code ../shared/data/admin-units/}. A bad row stops the import with its line number and the
 * column at fault; {@code progress} is told how many rows have been read, every 500 rows.
 */
public final class AdminUnitFiles {

  private static final int PROGRESS_EVERY = 500;
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

  private AdminUnitFiles() {}

  public static List<UnitVersion> readUnits(
      InputStream csv, LocalDate validFrom, LocalDate validTo, IntConsumer progress)
      throws IOException {
    List<UnitVersion> versions = new ArrayList<>();
    try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord row : FORMAT.parse(reader)) {
        String code = column(row, "code");
        String parent = row.isMapped("parent_code") ? row.get("parent_code") : "";
        Unit unit =
            new Unit(
                code, column(row, "name"), level(row, "level"), parent.isEmpty() ? null : parent);
        versions.add(new UnitVersion(unit, column(row, "type"), validFrom, validTo));
        report(versions.size(), progress);
      }
    }
    progress.accept(versions.size());
    return versions;
  }

  public static List<Succession> readReorganisation(
      InputStream csv, LocalDate effective, IntConsumer progress) throws IOException {
    List<Succession> successions = new ArrayList<>();
    try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord row : FORMAT.parse(reader)) {
        String kind = column(row, "kind");
        if (!kind.equals("full") && !kind.equals("partial")) {
          throw new InvalidUnitFileException(
              row.getRecordNumber() + 1, "kind", "must be full or partial, but was '" + kind + "'");
        }
        successions.add(
            new Succession(
                level(row, "level"),
                column(row, "old_code"),
                column(row, "old_name"),
                column(row, "new_code"),
                column(row, "new_name"),
                kind.equals("full"),
                effective));
        report(successions.size(), progress);
      }
    }
    progress.accept(successions.size());
    return successions;
  }

  private static String column(CSVRecord row, String name) {
    if (!row.isMapped(name)) {
      throw new InvalidUnitFileException(1, name, "the header has no column '" + name + "'");
    }
    if (!row.isSet(name) || row.get(name).isEmpty()) {
      throw new InvalidUnitFileException(row.getRecordNumber() + 1, name, "is required");
    }
    return row.get(name);
  }

  private static UnitLevel level(CSVRecord row, String name) {
    String value = column(row, name);
    return UnitLevel.fromId(value.toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                new InvalidUnitFileException(
                    row.getRecordNumber() + 1,
                    name,
                    "must be province, district or commune, but was '" + value + "'"));
  }

  private static void report(int rows, IntConsumer progress) {
    if (rows % PROGRESS_EVERY == 0) {
      progress.accept(rows);
    }
  }
}
