package vn.dxmonitor.runtime.catalog;

import java.util.List;
import java.util.Locale;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.catalog.Indicator;
import vn.dxmonitor.model.catalog.Plan;
import vn.dxmonitor.model.catalog.Target;
import vn.dxmonitor.model.scorecard.ScoreGroup;
import vn.dxmonitor.model.scorecard.ScoreItem;
import vn.dxmonitor.model.scorecard.Scorecard;

/**
 * Renders the catalog as the Markdown page {@code docs/catalog.md}: each seed target and how it is
 * encoded. A test compares the committed page with this rendering, so the page cannot drift from
 * the catalog.
 */
public final class CatalogMarkdown {

  private CatalogMarkdown() {}

  /** The catalog with the scorecards that ship beside it. */
  public static String render(Catalog catalog, List<Scorecard> scorecards) {
    StringBuilder out = new StringBuilder(render(catalog));
    out.append("\n## Scorecards\n\n")
        .append("Composite indices computed from the indicators above, as shipped in")
        .append(" `runtime/src/main/resources/catalog/scorecards.yaml` (format in the README).\n");
    for (Scorecard card : scorecards) {
      out.append("\n### ")
          .append(card.nameVi())
          .append(" — ")
          .append(card.nameEn())
          .append("\n\n`")
          .append(card.id())
          .append("` · out of ")
          .append(number(card.outOf()))
          .append(" · ")
          .append(card.window().id())
          .append(" · levels ")
          .append(String.join(", ", card.levels().stream().map(l -> l.id()).sorted().toList()))
          .append("\n\n")
          .append(card.source())
          .append("\n\n| group | sub-indicator | indicator | points | rule | no base | source |\n")
          .append("| --- | --- | --- | --- | --- | --- | --- |\n");
      for (ScoreGroup group : card.groups()) {
        for (ScoreItem item : group.items()) {
          out.append(
              row(
                  group.nameVi() + " (" + number(group.maxPoints()) + ")",
                  item.nameVi() + " — " + item.nameEn(),
                  "`" + item.indicator() + "`",
                  number(item.maxPoints()),
                  item.rule().id() + ": " + item.rule().describe(),
                  item.whenNoBase().id(),
                  nullToEmpty(item.source())));
        }
      }
    }
    return out.toString();
  }

  public static String render(Catalog catalog) {
    StringBuilder out = new StringBuilder();
    out.append("# The catalog of the seed plans\n\n")
        .append("Generated from `runtime/src/main/resources/catalog/seed-catalog.yaml` by")
        .append(" `CatalogMarkdown`; `CatalogDocsTest` fails when this page and the catalog")
        .append(" disagree (regenerate with `mvn -pl runtime test -Dtest=CatalogDocsTest")
        .append(" -Ddx.docs.write=true`).\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "%d indicators, %d plans, %d targets.\n\n",
                catalog.indicators().size(),
                catalog.plans().size(),
                catalog.targets().size()));
    out.append("## Indicators\n\n")
        .append("| id | name | pillar | kind | unit | window | cadence | roll-up |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Indicator indicator : catalog.indicators()) {
      out.append(
          row(
              "`" + indicator.id() + "`",
              indicator.nameVi() + " — " + indicator.nameEn(),
              indicator.pillar().id(),
              indicator.kind().id(),
              indicator.unitOfMeasure() + (indicator.lowerIsBetter() ? " (lower is better)" : ""),
              indicator.windowDays() == 0 ? "—" : indicator.windowDays() + " days",
              indicator.cadence().toString(),
              indicator.rollup().id()));
    }
    for (Plan plan : catalog.plans()) {
      out.append("\n## ")
          .append(plan.name())
          .append("\n\n")
          .append("`")
          .append(plan.id())
          .append("` · ")
          .append(plan.province())
          .append(" · issued ")
          .append(plan.issuedAt())
          .append(" · source `")
          .append(plan.source())
          .append("` · issued for ")
          .append(String.join(", ", plan.issuedFor().stream().sorted().toList()))
          .append(" as coded then; the scope follows those units into their successors")
          .append("\n\n")
          .append("| target | indicator | level | comparison | deadline | quote | note |\n")
          .append("| --- | --- | --- | --- | --- | --- | --- |\n");
      List<Target> targets =
          catalog.targets().stream().filter(t -> t.planId().equals(plan.id())).toList();
      for (Target target : targets) {
        String level =
            target.audience() == null
                ? target.level().id()
                : target.audience() + " (measured at the " + target.level().id() + ")";
        level +=
            target
                .appliedUntil()
                .map(day -> " (applied until " + day + "; the level was abolished)")
                .orElse("");
        out.append(
            row(
                "`" + target.id().substring(plan.id().length() + 1) + "`",
                "`" + target.indicatorId() + "`",
                level,
                target.comparator().symbol() + " " + number(target.value()),
                target.deadline().toString(),
                nullToEmpty(target.quote()),
                (target.section() == null ? "" : target.section() + ". ")
                    + (target.ambiguity() == null ? "" : "AMBIGUOUS: " + target.ambiguity())));
      }
    }
    return out.toString();
  }

  private static String row(String... cells) {
    StringBuilder row = new StringBuilder("|");
    for (String cell : cells) {
      row.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
    }
    return row.append('\n').toString();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
