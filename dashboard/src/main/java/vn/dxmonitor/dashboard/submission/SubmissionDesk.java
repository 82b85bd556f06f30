package vn.dxmonitor.dashboard.submission;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dxmonitor.dashboard.admin.InvalidRequestException;
import vn.dxmonitor.dashboard.api.ApiException;
import vn.dxmonitor.dashboard.api.ErrorCode;
import vn.dxmonitor.dashboard.evidence.EvidenceFile;
import vn.dxmonitor.dashboard.evidence.EvidenceStore;
import vn.dxmonitor.dashboard.security.UnitScope;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.model.calendar.ReportingCadence;
import vn.dxmonitor.model.calendar.ReportingPeriod;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.CatalogSource;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.event.EventValidator;
import vn.dxmonitor.model.event.MetricEvent;
import vn.dxmonitor.model.event.Violation;
import vn.dxmonitor.model.reporting.DueFigure;
import vn.dxmonitor.model.reporting.ReportingCalendar;
import vn.dxmonitor.model.submission.EnteredFigure;
import vn.dxmonitor.model.submission.Submission;
import vn.dxmonitor.model.submission.SubmissionRefusedException;
import vn.dxmonitor.model.submission.SubmissionState;
import vn.dxmonitor.model.submission.SubmissionWorkflow;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.runtime.access.Action;
import vn.dxmonitor.runtime.access.Permissions;
import vn.dxmonitor.runtime.web.FieldError;

/**
 * The service behind the reporters' form and the verifiers' queue: it finds what a unit owes from
 * the reporting calendar, checks who may act on the unit ({@link SubmissionAccess}), has the
 * workflow decide the step ({@link SubmissionWorkflow}), checks a figure as the event it will
 * become ({@link EventValidator}, as ingest and the processor check it), and stores the step. Steps
 * are taken one at a time, so two on the same figure cannot both pass its version check.
 */
public final class SubmissionDesk {

  static final int MOST_TEXT = 2_000;

  private final CatalogSource source;
  private final SubmissionAccess access;
  private final UnitScope scope;
  private final SubmissionBook book;
  private final SubmissionWriter writer;
  private final EventValidator validator;
  private final EvidenceStore evidence;
  private final FigureChecks checks;
  private final Clock clock;

  public SubmissionDesk(
      CatalogSource source,
      SubmissionAccess access,
      UnitScope scope,
      SubmissionBook book,
      SubmissionWriter writer,
      EventValidator validator,
      EvidenceStore evidence,
      Clock clock) {
    this.source = source;
    this.access = access;
    this.scope = scope;
    this.book = book;
    this.writer = writer;
    this.validator = validator;
    this.evidence = evidence;
    this.checks = new FigureChecks(book, source);
    this.clock = clock;
  }

  /** The figures {@code unitCode} owes for the period, with where each stands. */
  public SubmissionForm form(Viewer viewer, String unitCode, String periodId) {
    LocalDate today = today();
    ReportingPeriod period = period(periodId);
    Unit unit = access.read(viewer, unitCode, today);
    Catalog catalog = source.catalog();
    ReportingCalendar calendar = new ReportingCalendar(catalog, source.units());
    List<FormLine> lines = new ArrayList<>();
    for (Indicator indicator : catalog.indicators()) {
      if (ReportingCadence.of(indicator.cadence()).orElse(null) != period.cadence()) {
        continue;
      }
      Optional<DueFigure> due = calendar.figure(unit.code(), indicator, period);
      if (due.isEmpty()) {
        continue;
      }
      Optional<Target> target = calendar.target(unit.code(), indicator, period);
      lines.add(
          new FormLine(
              indicator.id(),
              indicator.nameVi(),
              indicator.nameEn(),
              indicator.unitOfMeasure(),
              indicator.kind().id(),
              due.get().deadline(),
              due.get().plan(),
              target.map(Target::value).orElse(null),
              target.map(Target::deadline).orElse(null),
              book.find(Submission.id(unit.code(), indicator.id(), period.previous().id()))
                  .map(Submission::published)
                  .orElse(null),
              book.find(Submission.id(unit.code(), indicator.id(), period.id())).orElse(null)));
    }
    return new SubmissionForm(
        unit.code(), unit.name(), period.id(), period.labelVi(), period.labelEn(), lines);
  }

  /**
   * The submitted figures of {@code unitCode}'s subtree waiting for a verifier the viewer is, each
   * with the data-quality flags it raised.
   */
  public List<WaitingFigure> waiting(Viewer viewer, String unitCode) {
    SubmissionAccess.require(viewer, Action.VERIFY_FIGURES);
    if (unitCode == null || unitCode.isBlank()) {
      throw ApiException.missing("unit");
    }
    LocalDate today = today();
    Unit unit = access.read(viewer, unitCode.strip(), today);
    Set<String> subtree =
        source.units().at(today).subtree(unit.code()).stream()
            .map(Unit::code)
            .collect(Collectors.toSet());
    return book
        .matching(
            submission ->
                submission.state() == SubmissionState.SUBMITTED
                    && subtree.contains(submission.unit())
                    && scope.seesOn(viewer, submission.unit(), today))
        .stream()
        .sorted(Comparator.comparing(Submission::id))
        .map(submission -> new WaitingFigure(submission, checks.of(submission, today)))
        .toList();
  }

  public synchronized Submission save(
      Viewer viewer, String unitCode, String indicatorId, String periodId, FigureRequest request) {
    Addressed to = address(viewer, Action.SUBMIT_FIGURES, unitCode, indicatorId, periodId);
    if (to.period().start().isAfter(VietnamTime.dateOf(to.now()))) {
      throw new SubmissionRefusedException(
          "period",
          "period: "
              + to.period().id()
              + " has not begun; its figures can be entered from "
              + to.period().start(),
          false);
    }
    checkText("note", request.note());
    checkEvidence(request.evidence(), to);
    EnteredFigure figure = request.figure();
    if (!figure.isEmpty()) {
      refuseViolations(
          validator.validate(
              SubmissionWorkflow.candidate(
                  to.unit().code(), to.indicator().id(), to.period(), figure, to.now()),
              to.now()));
    }
    Submission saved =
        SubmissionWorkflow.save(
            current(to),
            to.unit().code(),
            to.indicator().id(),
            to.period(),
            version(request.version()),
            figure,
            blankToNull(request.note()),
            blankToNull(request.evidence()),
            viewer.actor(),
            to.now());
    return store(saved, null);
  }

  /**
   * A step after the draft: {@code submit} (the reporter's), {@code return} or {@code accept} (the
   * verifier's; an accepted figure is published as a report event and counts from then on).
   */
  public synchronized Submission step(
      Viewer viewer,
      String step,
      String unitCode,
      String indicatorId,
      String periodId,
      StepRequest request) {
    if ("submit".equals(step)) {
      Addressed to = address(viewer, Action.SUBMIT_FIGURES, unitCode, indicatorId, periodId);
      return store(
          SubmissionWorkflow.submit(
              current(to), version(request.version()), viewer.actor(), to.now()),
          null);
    }
    if (!"return".equals(step) && !"accept".equals(step)) {
      // Refused as a step only to someone who may take steps; to anyone else, for their role.
      if (!Permissions.allows(viewer, Action.SUBMIT_FIGURES)) {
        SubmissionAccess.require(viewer, Action.VERIFY_FIGURES);
      }
      throw InvalidRequestException.of(
          "step", "must be submit, return or accept, but was '" + step + "'");
    }
    Addressed to = address(viewer, Action.VERIFY_FIGURES, unitCode, indicatorId, periodId);
    checkText("comment", request.comment());
    String comment = blankToNull(request.comment());
    if ("return".equals(step)) {
      return store(
          SubmissionWorkflow.sendBack(
              current(to), version(request.version()), viewer.actor(), to.now(), comment),
          null);
    }
    SubmissionWorkflow.Acceptance accepted =
        SubmissionWorkflow.accept(
            current(to), version(request.version()), viewer.actor(), to.now(), comment);
    // Checked again as it is published: the catalog may have changed since it was saved.
    refuseViolations(validator.validate(accepted.event(), to.now()));
    return store(accepted.submission(), accepted.event());
  }

  /**
   * The figure a step names, once the viewer's role may take it and the viewer may take it on the
   * unit, and the unit owes the figure.
   */
  private Addressed address(
      Viewer viewer, Action action, String unitCode, String indicatorId, String periodId) {
    SubmissionAccess.require(viewer, action);
    Instant now = clock.instant();
    LocalDate today = VietnamTime.dateOf(now);
    Unit unit =
        action == Action.VERIFY_FIGURES
            ? access.verify(viewer, unitCode, today)
            : access.report(viewer, unitCode, today);
    ReportingPeriod period = period(periodId);
    return new Addressed(now, unit, due(unit, indicatorId, period), period);
  }

  /** A figure a step is about, with the instant the step is taken. */
  private record Addressed(Instant now, Unit unit, Indicator indicator, ReportingPeriod period) {}

  private Submission store(Submission submission, MetricEvent published) {
    writer.write(submission, published);
    book.apply(submission);
    return submission;
  }

  private Submission current(Addressed to) {
    if (!book.isCaughtUp()) {
      throw new SubmissionWriteException(
          "the submissions are still being read from the broker; retry in a moment", null);
    }
    return book.find(Submission.id(to.unit().code(), to.indicator().id(), to.period().id()))
        .orElse(null);
  }

  /** The indicator, as long as the unit owes a figure of it for the period. */
  private Indicator due(Unit unit, String indicatorId, ReportingPeriod period) {
    Catalog catalog = source.catalog();
    Optional<Indicator> indicator = catalog.indicator(indicatorId);
    if (indicator.isEmpty()
        || new ReportingCalendar(catalog, source.units())
            .figure(unit.code(), indicator.get(), period)
            .isEmpty()) {
      throw new SubmissionRefusedException(
          "indicator",
          "indicator: "
              + unit.code()
              + " owes no figure of '"
              + indicatorId
              + "' for "
              + period.id()
              + "; its form lists the figures it owes",
          false);
    }
    return indicator.get();
  }

  /** The reporting period {@code id} names, or a refusal naming the parameter. */
  static ReportingPeriod period(String id) {
    return ReportingPeriod.parse(id)
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.INVALID_PARAMETER,
                    "period",
                    "'period' must be a reporting period such as 2026-11, 2026-Q4, 2026-H2 or"
                        + " 2026, but was '"
                        + id
                        + "'"));
  }

  private static int version(Integer version) {
    if (version == null || version < 0) {
      throw InvalidRequestException.of(
          "version", "is required: the version the figure was read at (0 for a new one)");
    }
    return version;
  }

  private static void refuseViolations(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(
          violations.stream()
              .map(violation -> new FieldError(violation.field(), violation.message()))
              .toList());
    }
  }

  private static void checkText(String field, String text) {
    if (text != null && text.length() > MOST_TEXT) {
      throw InvalidRequestException.of(
          field, "must be at most " + MOST_TEXT + " characters, but was " + text.length());
    }
  }

  /**
   * A link to the document, or the link of a file uploaded for this very figure ({@link
   * EvidenceFile#link()}).
   */
  private void checkEvidence(String link, Addressed to) {
    if (link == null || link.isBlank()) {
      return;
    }
    checkText("evidence", link);
    String given = link.strip();
    if (given.startsWith(EvidenceFile.LINK_PREFIX)) {
      String id = given.substring(EvidenceFile.LINK_PREFIX.length());
      boolean backsThisFigure =
          EvidenceDesk.isId(id)
              && evidence
                  .find(id)
                  .filter(
                      file -> file.backs(to.unit().code(), to.indicator().id(), to.period().id()))
                  .isPresent();
      if (!backsThisFigure) {
        throw InvalidRequestException.of(
            "evidence",
            "names no file uploaded for this figure ('"
                + given
                + "'): upload it first with POST /api/v1/evidence");
      }
      return;
    }
    URI uri;
    try {
      uri = URI.create(given);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of("evidence", "must be a link (https://…), but was not one");
    }
    if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
        || uri.getHost() == null) {
      throw InvalidRequestException.of(
          "evidence",
          "must be an http or https link to the document, or the link of an uploaded file, but was '"
              + link
              + "'");
    }
  }

  /**
   * Checks that the viewer may enter the figure of {@code indicatorId} for the unit and period,
   * which the unit owes: what saving it would check first.
   *
   * @return the unit's code, the indicator's id and the period's id, as the platform writes them
   */
  public List<String> requireReportable(
      Viewer viewer, String unitCode, String indicatorId, String periodId) {
    Addressed to = address(viewer, Action.SUBMIT_FIGURES, unitCode, indicatorId, periodId);
    return List.of(to.unit().code(), to.indicator().id(), to.period().id());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private LocalDate today() {
    return VietnamTime.dateOf(clock.instant());
  }
}
