package vn.dxmonitor.bench.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dxmonitor.bench.infra.BenchmarkFailedException;

/**
 * Vietnam's units after the 2025-07-01 reform, from the statistics office's list in {@code
 * ../shared/data/admin-units/}: the benchmark's key space is every commune of the country.
 */
public record NationalUnits(Path dir, List<String> communes) {

  static final String BEFORE = "units-2025-03-01.csv";
  static final String AFTER = "units-2025-07-01.csv";
  static final String MAPPING = "reorg-2025-07-01.csv";

  public static NationalUnits read(Path dir) throws IOException {
    Path after = dir.resolve(AFTER);
    if (!Files.isReadable(after) || !Files.isReadable(dir.resolve(BEFORE))) {
      throw new BenchmarkFailedException(
          "no unit lists in "
              + dir
              + ": give --units-dir the folder holding "
              + BEFORE
              + ", "
              + AFTER
              + " and "
              + MAPPING
              + " (../shared/data/admin-units)");
    }
    List<String> communes =
        Files.readAllLines(after, StandardCharsets.UTF_8).stream()
            .skip(1)
            .map(line -> line.split(",", -1))
            .filter(columns -> columns.length >= 5 && columns[3].equals("commune"))
            .map(columns -> columns[0])
            .toList();
    return new NationalUnits(dir, communes);
  }

  /** Each commune's province, by the commune's code. */
  public Map<String, String> provinceOfCommune() throws IOException {
    Map<String, String> provinces = new java.util.HashMap<>();
    communesByProvince()
        .forEach((province, communes) -> communes.forEach(c -> provinces.put(c, province)));
    return provinces;
  }

  /** Each province's communes, by the province's code. */
  public Map<String, List<String>> communesByProvince() throws IOException {
    Map<String, List<String>> byProvince = new TreeMap<>();
    for (String line : Files.readAllLines(dir.resolve(AFTER), StandardCharsets.UTF_8)) {
      String[] columns = line.split(",", -1);
      if (columns.length >= 5 && columns[3].equals("commune")) {
        byProvince.computeIfAbsent(columns[4], province -> new ArrayList<>()).add(columns[0]);
      }
    }
    return byProvince;
  }
}
