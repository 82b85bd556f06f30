package vn.dxmonitor.dashboard.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dxmonitor.dashboard.page.PageContext;
import vn.dxmonitor.dashboard.page.PageContexts;
import vn.dxmonitor.model.recovery.Recovery;
import vn.dxmonitor.model.time.VietnamTime;
import vn.dxmonitor.runtime.recovery.RecoveryJournal;

/**
 * The console's recoveries: each time a service healed itself after a fault, newest first, with a
 * chart of the last month by day. Recoveries name services, not units, so every operator sees all.
 */
@Controller
public class RecoveryConsolePage {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(VietnamTime.ZONE);

  private final PageContexts contexts;
  private final RecoveryJournal journal;
  private final ConsoleProperties properties;
  private final Clock clock;

  public RecoveryConsolePage(
      PageContexts contexts, RecoveryJournal journal, ConsoleProperties properties, Clock clock) {
    this.contexts = contexts;
    this.journal = journal;
    this.properties = properties;
    this.clock = clock;
  }

  @GetMapping("/console/recoveries")
  public String list(
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Operators.require();
    PageContext page = contexts.open(null, lang, request, response);
    List<Recovery> recoveries = journal.read();
    Map<String, Long> counts = new TreeMap<>();
    recoveries.forEach(r -> counts.merge(r.service() + " · " + r.action(), 1L, Long::sum));
    model.addAttribute("text", page.text());
    model.addAttribute("root", page.root());
    model.addAttribute("total", recoveries.size());
    model.addAttribute("counts", counts);
    model.addAttribute("chart", RecoveryChart.of(recoveries, clock.instant()));
    model.addAttribute(
        "recoveries",
        recoveries.stream()
            .limit(properties.listLimit())
            .map(r -> new RecoveryLine(TIME.format(r.at()), r.service(), r.action(), r.detail()))
            .toList());
    model.addAttribute("limit", properties.listLimit());
    return "dashboard/console-recoveries";
  }
}
