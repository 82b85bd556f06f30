package vn.dxmonitor.dashboard.submission;

import vn.dxmonitor.dashboard.page.PageText;
import vn.dxmonitor.model.submission.EnteredFigure;

/** A figure as the pages show it: {@code 7 / 10}, {@code 87,5}, {@code 12}, {@code đạt}. */
public final class FigureText {

  private FigureText() {}

  public static String of(EnteredFigure figure, PageText text) {
    if (figure == null || figure.isEmpty()) {
      return "—";
    }
    if (figure.numerator() != null || figure.denominator() != null) {
      return number(figure.numerator(), text) + " / " + number(figure.denominator(), text);
    }
    if (figure.value() != null) {
      return text.format("submit.number", figure.value());
    }
    if (figure.count() != null) {
      return number(figure.count(), text);
    }
    return text.get(figure.compliant() ? "submit.compliant.yes" : "submit.compliant.no");
  }

  private static String number(Long value, PageText text) {
    return value == null ? "—" : text.format("submit.count", value);
  }
}
