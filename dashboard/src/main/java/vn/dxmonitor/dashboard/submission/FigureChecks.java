package vn.dxmonitor.dashboard.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.quality.Flag;
import vn.dxmonitor.model.quality.JumpRule;
import vn.dxmonitor.model.quality.PlausibilityCheck;
import vn.dxmonitor.model.submission.EnteredFigure;
import vn.dxmonitor.model.submission.Submission;
import vn.dxmonitor.model.submission.SubmissionState;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.model.unit.UnitRegistry;

/**
 * The data-quality flags a verifier sees beside a submitted figure, from {@link PlausibilityCheck}
 * (the same check the alerting service makes of a figure that comes in straight): against the
 * unit's own published figures of the indicator, against what its peers — the units under the same
 * parent — submitted or published for the same period, and a ratio's parts. A flag never stops the
 * figure; it tells the verifier where to look.
 */
final class FigureChecks {

  private final SubmissionBook book;
  private final CatalogSource source;

  FigureChecks(SubmissionBook book, CatalogSource source) {
    this.book = book;
    this.source = source;
  }

  List<Flag> of(Submission submitted, LocalDate day) {
    Optional<Double> figure = submitted.figure().number();
    Optional<Indicator> indicator = source.catalog().indicator(submitted.indicator());
    if (figure.isEmpty() || indicator.isEmpty()) {
      return List.of();
    }
    List<Flag> flags =
        new ArrayList<>(
            PlausibilityCheck.check(
                figure.get(),
                history(submitted),
                peers(submitted, day),
                JumpRule.forKind(indicator.get().kind())));
    EnteredFigure entered = submitted.figure();
    if (entered.numerator() != null && entered.denominator() != null) {
      flags.addAll(PlausibilityCheck.parts(entered.numerator(), entered.denominator(), null));
    }
    return flags;
  }

  /** The unit's published figures of the indicator for earlier periods, oldest first. */
  private List<Double> history(Submission submitted) {
    return book
        .matching(
            earlier ->
                earlier.unit().equals(submitted.unit())
                    && earlier.indicator().equals(submitted.indicator())
                    && earlier.published() != null
                    && earlier.period().compareTo(submitted.period()) < 0)
        .stream()
        .sorted(Comparator.comparing(Submission::period))
        .map(earlier -> earlier.published().number())
        .flatMap(Optional::stream)
        .toList();
  }

  /** What the unit's peers submitted or published for the same period. */
  private List<Double> peers(Submission submitted, LocalDate day) {
    UnitRegistry units = source.units().at(day);
    Optional<String> parent = units.find(submitted.unit()).map(Unit::parentCode);
    if (parent.isEmpty()) {
      return List.of();
    }
    Set<String> siblings =
        units.children(parent.get()).stream()
            .map(Unit::code)
            .filter(code -> !code.equals(submitted.unit()))
            .collect(Collectors.toSet());
    // Drafts and returned figures are not what the peers stand by.
    return book
        .matching(
            peer ->
                siblings.contains(peer.unit())
                    && peer.indicator().equals(submitted.indicator())
                    && peer.period().equals(submitted.period())
                    && (peer.state() == SubmissionState.SUBMITTED
                        || peer.state() == SubmissionState.PUBLISHED))
        .stream()
        .map(
            peer ->
                peer.state() == SubmissionState.PUBLISHED && peer.published() != null
                    ? peer.published()
                    : peer.figure())
        .map(entered -> entered == null ? Optional.<Double>empty() : entered.number())
        .flatMap(Optional::stream)
        .toList();
  }
}
