package vn.dxmonitor.dashboard.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageContexts;
import vn.dxmonitor.dashboard.security.Viewer;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.model.unit.Unit;
import vn.dxmonitor.runtime.deadletter.DeadLetterQueue;
import vn.dxmonitor.runtime.deadletter.Letter;
import vn.dxmonitor.runtime.deadletter.LetterId;
import vn.dxmonitor.runtime.deadletter.ReplayOutcome;
import vn.dxmonitor.runtime.deadletter.Selection;

/**
 * The console's dead-letter queue: the events the processor could not use, of the viewer's units,
 * grouped by reason, and a form to send chosen ones back once their cause is fixed.
 */
@Controller
public class DeadLetterConsolePage {

  static final String REPLAYED = "replayedCount";
  static final String SKIPPED = "skippedCount";
  static final String NOT_FOUND = "notFoundCount";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(VietnamTime.ZONE);

  private final PageContexts contexts;
  private final DeadLetterWork work;
  private final ConsoleProperties properties;

  public DeadLetterConsolePage(
      PageContexts contexts, DeadLetterWork work, ConsoleProperties properties) {
    this.contexts = contexts;
    this.work = work;
    this.properties = properties;
  }

  @GetMapping("/console/dead-letters")
  public String list(
      @RequestParam(name = "reason", required = false) String reason,
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Viewer viewer = Operators.require();
    PageContext page = contexts.open(null, lang, request, response);
    List<Letter> letters = work.letters(viewer);
    Map<String, Long> counts = DeadLetterQueue.countByReason(letters);
    String shownReason = reason == null || reason.isBlank() ? null : reason.strip();
    List<DeadLetterLine> lines =
        letters.stream()
            .filter(letter -> shownReason == null || letter.reasonCode().equals(shownReason))
            .limit(properties.listLimit())
            .map(letter -> line(page, letter))
            .toList();
    model.addAttribute("text", page.text());
    model.addAttribute("root", page.root());
    model.addAttribute("counts", counts);
    model.addAttribute("total", letters.size());
    model.addAttribute("reason", shownReason);
    model.addAttribute("letters", lines);
    model.addAttribute("limit", properties.listLimit());
    return "dashboard/console-dead-letters";
  }

  /**
   * @param letters the chosen letters, {@code partition:offset}; or else
   * @param reason every letter of one reason the viewer sees
   */
  @PostMapping("/console/dead-letters/replay")
  public String replay(
      @RequestParam(name = "letters", required = false) List<String> letters,
      @RequestParam(name = "reason", required = false) String reason,
      RedirectAttributes flash) {
    Viewer viewer = Operators.require();
    Selection selection;
    try {
      if (letters != null && !letters.isEmpty()) {
        selection = Selection.letters(letters.stream().map(LetterId::parse).toList());
      } else if (reason != null && !reason.isBlank()) {
        selection = Selection.reason(reason);
      } else {
        flash.addFlashAttribute(AlertActionsController.REFUSED, "dlt.refused.nothing");
        return "redirect:/console/dead-letters";
      }
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    ReplayOutcome outcome = work.replay(viewer, selection);
    flash.addFlashAttribute(REPLAYED, outcome.replayed().size());
    flash.addFlashAttribute(SKIPPED, outcome.alreadyReplayed().size());
    flash.addFlashAttribute(NOT_FOUND, outcome.notFound().size());
    return "redirect:/console/dead-letters";
  }

  private static DeadLetterLine line(PageContext page, Letter letter) {
    String unit = letter.unitCode();
    String unitName = unit == null ? "" : page.units().find(unit).map(Unit::name).orElse("");
    String indicatorName =
        letter.indicator() == null
            ? ""
            : page.catalog().indicator(letter.indicator()).map(i -> name(page, i)).orElse("");
    return new DeadLetterLine(
        letter.id().toString(),
        TIME.format(letter.timestamp()),
        unit == null ? "" : unit,
        unitName,
        letter.indicator() == null ? "" : letter.indicator(),
        indicatorName,
        letter.eventId() == null ? "" : letter.eventId(),
        letter.reasonCode(),
        letter.reason(),
        letter.replayed() ? TIME.format(letter.replay().at()) + " — " + letter.replay().by() : "");
  }

  private static String name(PageContext page, Indicator indicator) {
    return "en".equals(page.text().language()) && indicator.nameEn() != null
        ? indicator.nameEn()
        : indicator.nameVi();
  }
}
