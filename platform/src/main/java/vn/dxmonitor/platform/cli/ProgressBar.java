package vn.dxmonitor.platform.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar for the command line: redrawn in place, at most once per percent, so long
 * imports show that they move without flooding a log when output is redirected.
 */
public final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String label;
  private final long total;
  private int lastPercent = -1;

  public ProgressBar(PrintStream out, String label, long total) {
    this.out = out;
    this.label = label;
    this.total = Math.max(total, 1);
  }

  public void update(long done) {
    int percent = (int) Math.min(100, 100L * done / total);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    int filled = WIDTH * percent / 100;
    out.print(
        String.format(
            Locale.ROOT,
            "\r%-28s [%s%s] %3d%% %,d/%,d",
            label,
            "#".repeat(filled),
            ".".repeat(WIDTH - filled),
            percent,
            Math.min(done, total),
            total));
    if (percent == 100) {
      out.println();
    }
    out.flush();
  }
}
