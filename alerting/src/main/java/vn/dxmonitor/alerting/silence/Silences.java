package vn.dxmonitor.alerting.silence;

import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import vn.dxmonitor.alerting.config.AlertingEntries;
import vn.dxmonitor.alerting.config.Parsed;
import vn.dxmonitor.alerting.config.Problems;
import vn.dxmonitor.alerting.rule.RuleKind;
import vn.dxmonitor.model.alert.Alert;
import vn.dxmonitor.model.alert.Silence;
import vn.dxmonitor.model.alert.SilenceMatchers;
import vn.dxmonitor.model.alert.SilenceWindow;
import vn.dxmonitor.model.calendar.HolidayKind;
import vn.dxmonitor.model.catalog.Catalog;
import vn.dxmonitor.model.scorecard.ScorePart;
import vn.dxmonitor.model.scorecard.ScorecardSource;
import vn.dxmonitor.runtime.json.JsonCodec;

/** The silences on the catalog topic: {@code alerting|silence|<id>}, one entry each. */
public final class Silences implements SilenceCheck {

  /** What a window's days may say for every public holiday at once. */
  private static final String ALL_HOLIDAYS = "holidays";

  static final String PREFIX = "silence|";
  private static final int MAX_REASON = 500;
  private static final Logger log = LoggerFactory.getLogger(Silences.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final AlertingEntries entries;
  private final ScorecardSource scorecards;
  private final Parsed<List<Silence>> silences;

  /**
   * @param scorecards what a score alert's indicator may name ({@code 766/progress}), for checking
   *     a silence's matchers
   */
  public Silences(AlertingEntries entries, ScorecardSource scorecards) {
    this.entries = entries;
    this.scorecards = scorecards;
    this.silences = new Parsed<>(entries::version, this::parse);
  }

  /** Every silence, newest first, the expired ones too. */
  public List<Silence> all() {
    return silences.get();
  }

  public Optional<Silence> find(String id) {
    return all().stream().filter(silence -> silence.id().equals(id)).findFirst();
  }

  @Override
  public List<String> silencing(Alert alert, Instant at) {
    List<String> ids = new ArrayList<>();
    for (Silence silence : all()) {
      if (silence.silences(alert, at)) {
        ids.add(silence.id());
      }
    }
    ids.sort(Comparator.naturalOrder());
    return ids;
  }

  /**
   * @throws vn.dxmonitor.alerting.config.InvalidConfigurationException naming every field at fault
   */
  public Silence create(SilenceRequest request, String actor) {
    Silence silence = check(request, actor);
    entries.write(PREFIX + silence.id(), silence, actor, "create", "silence", null);
    return silence;
  }

  /**
   * Ends a silence now; expiring it again changes nothing.
   *
   * @return the silence as it is now, or empty when there is no such silence
   */
  public Optional<Silence> expire(String id, String actor) {
    Optional<Silence> found = find(id);
    if (found.isEmpty() || found.get().isOver(entries.now())) {
      return found;
    }
    Silence expired = found.get().expired(actor, entries.now());
    entries.write(PREFIX + id, expired, actor, "expire", "silence", found.get());
    return Optional.of(expired);
  }

  private List<Silence> parse() {
    List<Silence> parsed = new ArrayList<>();
    entries
        .view()
        .alertingEntries(PREFIX)
        .forEach(
            (name, json) -> {
              try {
                parsed.add(JsonCodec.read(json, Silence.class));
              } catch (JacksonException e) {
                log.error(
                    "Silence entry {} cannot be read and is ignored: {}", name, e.getMessage());
              }
            });
    parsed.sort(Comparator.comparing(Silence::createdAt).reversed());
    return List.copyOf(parsed);
  }

  private Silence check(SilenceRequest request, String actor) {
    Problems problems = new Problems();
    Instant now = entries.now();
    SilenceMatchers matchers = request.matchers();
    Catalog catalog = entries.view().catalog();
    if (matchers == null
        || (matchers.unit() == null
            && matchers.indicator() == null
            && matchers.rule() == null
            && matchers.plan() == null)) {
      problems.add(
          "matchers",
          "needs at least one of unit, indicator, rule and plan; silencing everything is not allowed");
    } else {
      if (matchers.unit() != null && entries.view().units().latest(matchers.unit()).isEmpty()) {
        problems.add("matchers.unit", "unit '" + matchers.unit() + "' is not in the unit registry");
      }
      if (matchers.indicator() != null
          && catalog.indicator(matchers.indicator()).isEmpty()
          && ScorePart.find(matchers.indicator(), scorecards, now).isEmpty()) {
        problems.add(
            "matchers.indicator",
            "indicator '"
                + matchers.indicator()
                + "' is neither in the catalog nor a scorecard in force or one of its groups"
                + " (766, 766/progress)");
      }
      if (matchers.rule() != null && RuleKind.fromId(matchers.rule()).isEmpty()) {
        problems.add("matchers.rule", "rule '" + matchers.rule() + "' is not a rule");
      }
      if (matchers.plan() != null && catalog.plan(matchers.plan()).isEmpty()) {
        problems.add("matchers.plan", "plan '" + matchers.plan() + "' is not in the catalog");
      }
    }
    Instant startsAt =
        request.startsAt() == null ? now : instant(request.startsAt(), "startsAt", problems);
    Instant endsAt =
        request.endsAt() == null ? null : instant(request.endsAt(), "endsAt", problems);
    List<SilenceWindow> windows = new ArrayList<>();
    for (int i = 0; i < request.windows().size(); i++) {
      SilenceWindow window = window(request.windows().get(i), "windows[" + i + "]", problems);
      if (window != null) {
        windows.add(window);
      }
    }
    if (endsAt == null && request.endsAt() == null && request.windows().isEmpty()) {
      problems.add("endsAt", "is required unless the silence recurs in windows");
    }
    if (endsAt != null && startsAt != null && !endsAt.isAfter(startsAt)) {
      problems.add("endsAt", "must be after startsAt (" + startsAt + "), but was " + endsAt);
    } else if (endsAt != null && !endsAt.isAfter(now)) {
      problems.add("endsAt", "must be in the future, but was " + endsAt);
    }
    if (request.reason() == null || request.reason().isBlank()) {
      problems.add("reason", "is required: say why the alerts are silenced");
    } else if (request.reason().length() > MAX_REASON) {
      problems.add("reason", "must be at most " + MAX_REASON + " characters");
    }
    problems.throwIfAny();
    return new Silence(
        "s-" + HexFormat.of().formatHex(randomBytes()),
        matchers,
        startsAt,
        endsAt,
        windows,
        request.reason().strip(),
        actor,
        now,
        null,
        null);
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static Instant instant(String text, String field, Problems problems) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(
          field,
          "must be an ISO-8601 time with an offset, such as 2026-02-14T00:00:00+07:00, but was '"
              + text
              + "'");
      return null;
    }
  }

  private static SilenceWindow window(
      SilenceRequest.WindowRequest request, String at, Problems problems) {
    if (request == null) {
      problems.add(at, "must be an object with days, from and to");
      return null;
    }
    List<DayOfWeek> days = new ArrayList<>();
    Set<HolidayKind> holidays = new LinkedHashSet<>();
    if (request.days() == null || request.days().isEmpty()) {
      problems.add(
          at + ".days", "needs at least one day, e.g. [\"saturday\", \"sunday\"] or [\"tet\"]");
    } else {
      for (int i = 0; i < request.days().size(); i++) {
        String named = request.days().get(i);
        Optional<DayOfWeek> day = day(named);
        Optional<HolidayKind> holiday =
            HolidayKind.fromId(named).filter(kind -> kind != HolidayKind.EXTRA);
        if (day.isPresent()) {
          days.add(day.get());
        } else if (holiday.isPresent()) {
          holidays.add(holiday.get());
        } else if (named != null && ALL_HOLIDAYS.equalsIgnoreCase(named.strip())) {
          holidays.addAll(HolidayKind.publicHolidays());
        } else {
          problems.add(
              at + ".days[" + i + "]",
              "must be a day of the week such as 'monday' or 'mon', 'holidays' for every public"
                  + " holiday, or one of "
                  + String.join(
                      ", ", HolidayKind.publicHolidays().stream().map(HolidayKind::id).toList())
                  + ", but was '"
                  + named
                  + "'");
        }
      }
    }
    LocalTime from = time(request.from(), at + ".from", problems);
    LocalTime to = time(request.to(), at + ".to", problems);
    return from == null || to == null || (days.isEmpty() && holidays.isEmpty())
        ? null
        : new SilenceWindow(days, List.copyOf(holidays), from, to);
  }

  private static Optional<DayOfWeek> day(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.strip().toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(name) || (name.length() == 3 && day.name().startsWith(name))) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  private static LocalTime time(String text, String field, Problems problems) {
    if (text == null) {
      problems.add(field, "is required, as HH:mm in Vietnam time");
      return null;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(field, "must be a time of day as HH:mm, but was '" + text + "'");
      return null;
    }
  }
}
