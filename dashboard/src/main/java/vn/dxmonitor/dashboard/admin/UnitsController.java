package vn.dxmonitor.dashboard.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.UnitLevel;
import vn.dxmonitor.model.unit.UnitVersion;
import vn.dxmonitor.runtime.catalog.topic.CatalogEntry;
import vn.dxmonitor.runtime.catalog.topic.CatalogView;
import vn.dxmonitor.runtime.units.AdminUnitFiles;
import vn.dxmonitor.runtime.units.InvalidUnitFileException;

/**
 * The unit registry through time: units as they were on a date, and imports of the statistics
 * office's lists and reorganisations in the columns of its files.
 */
@RestController
public class UnitsController {

  private static final Logger log = LoggerFactory.getLogger(UnitsController.class);
  private static final String CSV = "text/csv";

  private final CatalogView view;
  private final CatalogAdministration administration;
  private final UnitScope scope;
  private final Clock clock;
  private final Administrators administrators;

  public UnitsController(
      CatalogView view,
      CatalogAdministration administration,
      UnitScope scope,
      Clock clock,
      Administrators administrators) {
    this.view = view;
    this.administration = administration;
    this.scope = scope;
    this.clock = clock;
    this.administrators = administrators;
  }

  /**
   * @param asOf the date (default today); each unit as it was then
   * @param level only units of this level
   * @param parent only the units directly under this code
   *     <p>Only the units the viewer sees are listed.
   */
  @GetMapping("/api/v1/units")
  public List<UnitView> units(
      @RequestParam(name = "asOf", required = false) String asOf,
      @RequestParam(name = "level", required = false) String level,
      @RequestParam(name = "parent", required = false) String parent) {
    LocalDate date =
        asOf == null || asOf.isBlank() ? VietnamTime.dateOf(clock.instant()) : date("asOf", asOf);
    Optional<UnitLevel> wanted =
        level == null || level.isBlank() ? Optional.empty() : Optional.of(level(level));
    Predicate<String> visible = scope.visibleOn(Viewers.require(), date);
    return view.units().versions().stream()
        .filter(version -> version.isValidAt(date))
        .filter(version -> visible.test(version.unit().code()))
        .filter(version -> wanted.map(l -> version.unit().level() == l).orElse(true))
        .filter(version -> parent == null || parent.equals(version.unit().parentCode()))
        .sorted(
            Comparator.comparing((UnitVersion version) -> version.unit().level())
                .thenComparing(version -> version.unit().code()))
        .map(UnitView::of)
        .toList();
  }

  /**
   * Imports a unit list ({@code code,name,type,level,parent_code}); its units are valid from {@code
   * validFrom} (open when absent) until {@code validTo} (exclusive; open when absent).
   */
  @PostMapping(path = "/api/v1/units/import", consumes = CSV)
  public Map<String, Object> importUnits(
      @RequestBody byte[] csv,
      @RequestParam(name = "validFrom", required = false) String validFrom,
      @RequestParam(name = "validTo", required = false) String validTo)
      throws IOException {
    Viewer admin = administrators.requireNational("the official unit lists");
    LocalDate from = validFrom == null ? null : date("validFrom", validFrom);
    LocalDate to = validTo == null ? null : date("validTo", validTo);
    if (from != null && to != null && !to.isAfter(from)) {
      throw InvalidRequestException.of(
          "validTo", "must be after validFrom " + from + ", but was " + to);
    }
    long started = System.nanoTime();
    List<UnitVersion> versions =
        read(() -> AdminUnitFiles.readUnits(new ByteArrayInputStream(csv), from, to, n -> {}));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("imported", versions.size());
    summary.put("validFrom", from);
    summary.put("validTo", to);
    administration.importAudited(
        versions.stream().map(CatalogEntry::unit).toList(), "units", summary, admin.actor());
    summary.put("tookMillis", (System.nanoTime() - started) / 1_000_000);
    log.info("Imported {} unit versions through the API", versions.size());
    return summary;
  }

  /**
   * Imports a reorganisation ({@code level,old_code,old_name,new_code,new_name,kind}) that took
   * effect on {@code effective}.
   */
  @PostMapping(path = "/api/v1/units/reorganisations", consumes = CSV)
  public Map<String, Object> importReorganisation(
      @RequestBody byte[] csv, @RequestParam(name = "effective", required = false) String effective)
      throws IOException {
    Viewer admin = administrators.requireNational("reorganisations");
    if (effective == null || effective.isBlank()) {
      throw InvalidRequestException.of(
          "effective", "is required: the day the reorganisation took effect, e.g. 2025-07-01");
    }
    LocalDate day = date("effective", effective);
    long started = System.nanoTime();
    List<Succession> successions =
        read(() -> AdminUnitFiles.readReorganisation(new ByteArrayInputStream(csv), day, n -> {}));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("imported", successions.size());
    summary.put("effective", day);
    administration.importAudited(
        successions.stream().map(CatalogEntry::succession).toList(),
        "reorganisation",
        summary,
        admin.actor());
    summary.put("tookMillis", (System.nanoTime() - started) / 1_000_000);
    return summary;
  }

  private interface CsvRead<T> {
    List<T> read() throws IOException;
  }

  private static <T> List<T> read(CsvRead<T> reading) throws IOException {
    try {
      List<T> rows = reading.read();
      if (rows.isEmpty()) {
        throw InvalidRequestException.of("body", "holds no data row");
      }
      return rows;
    } catch (InvalidUnitFileException e) {
      throw InvalidRequestException.of(
          "line " + e.line() + ", column " + e.column(), e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw InvalidRequestException.of("body", e.getMessage());
    }
  }

  private static LocalDate date(String parameter, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw InvalidRequestException.of(
          parameter, "must be a date such as 2025-07-01, but was '" + value + "'");
    }
  }

  private static UnitLevel level(String value) {
    return UnitLevel.fromId(value)
        .orElseThrow(
            () ->
                InvalidRequestException.of(
                    "level",
                    "must be one of "
                        + String.join(
                            ", ",
                            java.util.Arrays.stream(UnitLevel.values()).map(UnitLevel::id).toList())
                        + ", but was '"
                        + value
                        + "'"));
  }
}
