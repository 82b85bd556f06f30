package vn.dxmonitor.bench.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The run's chart: latency percentiles from {@code 202} to {@code /api/v1/status} against the
 * offered rate, as a plain SVG file any browser shows — a few lines of text, so no charting library
 * joins the build. The latency axis is logarithmic (a saturated step is tens of seconds, a healthy
 * one tens of milliseconds), with the 1 s target drawn across.
 */
final class LatencyChart {

  private static final int WIDTH = 720;
  private static final int HEIGHT = 420;
  private static final int LEFT = 70;
  private static final int RIGHT = 130;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;
  private static final double MIN_MS = 10;

  private LatencyChart() {}

  static void write(Path file, List<RateStep> steps, double targetMs) throws IOException {
    double maxRate = steps.stream().mapToDouble(RateStep::offered).max().orElse(1) * 1.1;
    double maxMs =
        Math.max(
            targetMs * 2,
            steps.stream().mapToDouble(step -> step.probeLatency().maxMs()).max().orElse(0));
    double topDecade = Math.pow(10, Math.ceil(Math.log10(maxMs)));
    Scale scale = new Scale(maxRate, topDecade);
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"
                + "<text x=\"%d\" y=\"22\" font-size=\"15\">./dx bench platform: 202 → value in"
                + " /api/v1/status</text>%n",
            WIDTH,
            HEIGHT,
            LEFT));
    for (double ms = MIN_MS; ms <= topDecade; ms *= 10) {
      double y = scale.y(ms);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
              LEFT,
              y,
              WIDTH - RIGHT,
              y,
              LEFT - 6,
              y + 4,
              ms >= 1000 ? String.format(Locale.ROOT, "%.0f s", ms / 1000) : (long) ms + " ms"));
    }
    for (RateStep step : steps) {
      double x = scale.x(step.offered());
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,.0f</text>%n",
              x,
              HEIGHT - BOTTOM,
              x,
              HEIGHT - BOTTOM + 5,
              x,
              HEIGHT - BOTTOM + 18,
              step.offered()));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">offered events/s (open loop,"
                + " national units × catalog indicators)</text>%n",
            LEFT,
            TOP,
            LEFT,
            HEIGHT - BOTTOM,
            LEFT,
            HEIGHT - BOTTOM,
            WIDTH - RIGHT,
            HEIGHT - BOTTOM,
            (LEFT + WIDTH - RIGHT) / 2,
            HEIGHT - 12));
    double targetY = scale.y(targetMs);
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"red\""
                + " stroke-dasharray=\"6 4\"/><text x=\"%d\" y=\"%.1f\" fill=\"red\">p99"
                + " target</text>%n",
            LEFT,
            targetY,
            WIDTH - RIGHT,
            targetY,
            WIDTH - RIGHT + 8,
            targetY + 4));
    series(svg, steps, scale, "p50", "#1f77b4", step -> step.probeLatency().p50Ms(), 0);
    series(svg, steps, scale, "p95", "#ff7f0e", step -> step.probeLatency().p95Ms(), 1);
    series(svg, steps, scale, "p99", "#2ca02c", step -> step.probeLatency().p99Ms(), 2);
    svg.append("</svg>\n");
    Files.writeString(file, svg, StandardCharsets.UTF_8);
  }

  private static void series(
      StringBuilder svg,
      List<RateStep> steps,
      Scale scale,
      String name,
      String colour,
      ToDoubleFunction<RateStep> ms,
      int row) {
    StringBuilder points = new StringBuilder();
    for (RateStep step : steps) {
      double x = scale.x(step.offered());
      double y = scale.y(ms.applyAsDouble(step));
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>%n",
              x,
              y,
              colour));
    }
    int legendY = TOP + 20 + row * 18;
    svg.append(
        String.format(
            Locale.ROOT,
            "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
                + "<text x=\"%d\" y=\"%d\">%s</text>%n",
            points.toString().strip(),
            colour,
            WIDTH - RIGHT + 8,
            legendY,
            WIDTH - RIGHT + 28,
            legendY,
            colour,
            WIDTH - RIGHT + 34,
            legendY + 4,
            name));
  }

  /** Rate to x, milliseconds to y (logarithmic, floored at {@link #MIN_MS}). */
  private record Scale(double maxRate, double topMs) {

    double x(double rate) {
      return LEFT + rate / maxRate * (WIDTH - LEFT - RIGHT);
    }

    double y(double ms) {
      double decades = Math.log10(topMs / MIN_MS);
      double at = Math.log10(Math.max(MIN_MS, ms) / MIN_MS);
      return HEIGHT - BOTTOM - at / decades * (HEIGHT - TOP - BOTTOM);
    }
  }
}
