package vn.dxmonitor.platform.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import vn.dxmonitor.model.unit.Succession;
import vn.dxmonitor.model.unit.UnitVersion;
import vn.dxmonitor.runtime.catalog.topic.CatalogWriter;
import vn.dxmonitor.runtime.units.AdminUnitFiles;

/**
 * Imports the statistics office's unit lists and the 2025-07-01 reorganisation into {@code
 * dx.catalog}, with a progress bar: the list before the reform (valid until 2025-07-01), the list
 * after it (valid from then) and the mapping between them, from a folder laid out like {@code
 * ../shared/data/admin-units/}.
 *
 * <p>Arguments: {@code [--bootstrap-servers HOST:PORT] --dir FOLDER}; Kafka's other settings (SASL,
 * TLS) and, without the argument, its brokers are the services' own, from the environment ({@link
 * ClientSettings}).
 */
public final class UnitsImportCommand {

  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
  static final String BEFORE = "units-2025-03-01.csv";
  static final String AFTER = "units-2025-07-01.csv";
  static final String MAPPING = "reorg-2025-07-01.csv";

  private final PrintStream console;
  private final ClientSettings settings;

  UnitsImportCommand(PrintStream console) {
    this(console, ClientSettings.fromEnvironment());
  }

  UnitsImportCommand(PrintStream console, ClientSettings settings) {
    this.console = console;
    this.settings = settings;
  }

  public static void main(String[] args) throws IOException {
    // The progress bar is this command's output, for a person at a terminal.
    PrintStream console = System.err;
    new UnitsImportCommand(console).run(Options.parse(args));
  }

  /** The summary of an import. */
  record Summary(int units, int successions, Duration took) {}

  Summary run(Options options) throws IOException {
    long started = System.nanoTime();
    List<UnitVersion> versions;
    List<Succession> successions;
    versions = new java.util.ArrayList<>(readUnits(options.dir(), BEFORE, null, REFORM));
    versions.addAll(readUnits(options.dir(), AFTER, REFORM, null));
    Path mappingFile = options.dir().resolve(MAPPING);
    try (InputStream mapping = Files.newInputStream(mappingFile)) {
      ProgressBar bar = new ProgressBar(console, "Reading " + MAPPING, rows(mappingFile));
      successions = AdminUnitFiles.readReorganisation(mapping, REFORM, bar::update);
    }
    try (CatalogWriter writer = CatalogWriter.to(settings.kafka(options.bootstrapServers()))) {
      writer.putUnits(versions, new ProgressBar(console, "Writing units", versions.size())::update);
      writer.putSuccessions(
          successions,
          new ProgressBar(console, "Writing reorganisation", successions.size())::update);
    }
    Summary summary =
        new Summary(
            versions.size(), successions.size(), Duration.ofNanos(System.nanoTime() - started));
    console.printf(
        java.util.Locale.ROOT,
        "Imported %,d unit versions and %,d successions into dx.catalog in %.1f s%n",
        summary.units(),
        summary.successions(),
        summary.took().toMillis() / 1000.0);
    return summary;
  }

  private List<UnitVersion> readUnits(Path dir, String name, LocalDate from, LocalDate to)
      throws IOException {
    Path file = dir.resolve(name);
    try (InputStream csv = Files.newInputStream(file)) {
      ProgressBar bar = new ProgressBar(console, "Reading " + name, rows(file));
      return AdminUnitFiles.readUnits(csv, from, to, bar::update);
    }
  }

  /** Data rows of a CSV file: its lines less the header. */
  private static int rows(Path file) throws IOException {
    try (var lines = Files.lines(file)) {
      return (int) lines.count() - 1;
    }
  }

  /** The command's arguments. */
  record Options(String bootstrapServers, Path dir) {

    static Options parse(String[] args) {
      String servers = null;
      Path dir = null;
      for (int i = 0; i + 1 < args.length; i += 2) {
        switch (args[i]) {
          case "--bootstrap-servers" -> servers = args[i + 1];
          case "--dir" -> dir = Path.of(args[i + 1]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (dir == null || !Files.isDirectory(dir)) {
        throw new IllegalArgumentException(
            "--dir must name a folder holding "
                + BEFORE
                + ", "
                + AFTER
                + " and "
                + MAPPING
                + ", but was "
                + dir);
      }
      return new Options(servers, dir);
    }
  }
}
