package vn.dxmonitor.dashboard.submission;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dxmonitor.dashboard.admin.InvalidRequestException;
import vn.dxmonitor.dashboard.api.ApiException;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageContexts;
import vn.dxmonitor.dashboard.page.PageText;
import vn.dxmonitor.dashboard.security.Viewers;
import vn.dxmonitor.model.submission.Submission;
import vn.dxmonitor.model.submission.SubmissionRefusedException;
import vn.dxmonitor.model.submission.SubmissionStep;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.runtime.access.Action;

/**
 * The verifiers' page: the figures submitted under a unit, each with its note, evidence and the
 * figure in force, to accept (it is then published) or return with a comment.
 */
@Controller
public class VerificationPage {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(VietnamTime.ZONE);

  private final PageContexts contexts;
  private final SubmissionDesk desk;

  public VerificationPage(PageContexts contexts, SubmissionDesk desk) {
    this.contexts = contexts;
    this.desk = desk;
  }

  @GetMapping("/reporting/verify")
  public String waiting(
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    SubmissionAccess.require(Viewers.require(), Action.VERIFY_FIGURES);
    PageContext page = contexts.open(unit, lang, request, response);
    PageText text = page.text();
    model.addAttribute("text", text);
    model.addAttribute("root", page.root());
    model.addAttribute(
        "rows",
        desk.waiting(Viewers.require(), page.root().code()).stream()
            .map(waiting -> row(waiting, page))
            .toList());
    return "dashboard/reporting-verify";
  }

  /**
   * @param decision {@code accept} (the figure is published) or {@code return} (sent back with the
   *     comment)
   */
  @PostMapping("/reporting/verify/{decision}")
  public String decide(
      @PathVariable String decision,
      @RequestParam(name = "root", required = false) String root,
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "indicator", required = false) String indicator,
      @RequestParam(name = "period", required = false) String period,
      @RequestParam(name = "version", required = false) Integer version,
      @RequestParam(name = "comment", required = false) String comment,
      RedirectAttributes flash) {
    StepRequest step = new StepRequest(version, comment);
    boolean accepting = "accept".equals(decision);
    return act(
        root,
        unit,
        flash,
        accepting ? "verify.done.accepted" : "verify.done.returned",
        () -> desk.step(Viewers.require(), decision, unit, indicator, period, step));
  }

  private static String act(
      String root, String unit, RedirectAttributes flash, String done, Supplier<Submission> step) {
    SubmissionAccess.require(Viewers.require(), Action.VERIFY_FIGURES);
    try {
      if (root == null || unit == null) {
        throw InvalidRequestException.of("unit", "the form names no unit");
      }
      step.get();
      flash.addFlashAttribute(ReportingFormPage.DONE, done);
    } catch (SubmissionRefusedException
        | InvalidRequestException
        | ApiException
        | NotPermittedException e) {
      flash.addFlashAttribute(ReportingFormPage.REFUSED, e.getMessage());
    }
    return "redirect:"
        + UriComponentsBuilder.fromPath("/reporting/verify")
            .queryParam("unit", root)
            .encode()
            .toUriString();
  }

  private static WaitingRow row(WaitingFigure waiting, PageContext page) {
    Submission submission = waiting.submission();
    PageText text = page.text();
    SubmissionStep last = submission.steps().get(submission.steps().size() - 1);
    String unitName =
        page.units().find(submission.unit()).map(u -> u.name()).orElse(submission.unit());
    String indicatorName =
        page.catalog()
            .indicator(submission.indicator())
            .map(i -> text.language().equals("en") ? i.nameEn() : i.nameVi())
            .orElse(submission.indicator());
    return new WaitingRow(
        submission.unit(),
        unitName,
        submission.indicator(),
        indicatorName,
        submission.period(),
        FigureText.of(submission.figure(), text),
        FigureText.of(submission.published(), text),
        submission.note() == null ? "" : submission.note(),
        submission.evidence(),
        last.actor(),
        TIME.format(last.at()),
        submission.version(),
        waiting.flags().stream()
            .map(
                flag ->
                    new WaitingRow.FlagText(
                        flag.code().id(),
                        text.get("verify.flag." + flag.code().id()),
                        flag.reason()))
            .toList());
  }
}
