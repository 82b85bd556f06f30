package vn.dxmonitor.model.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.dxmonitor.model.calendar.ReportingDeadlines;

/**
 * A plan (kế hoạch, nghị quyết, chỉ thị) that sets targets.
 *
 * @param province the issuing province, as a stable slug (codes changed in the 2025 reform)
 * @param source the seed document it was encoded from
 * @param start when its trajectories begin: the default baseline is the first value seen since
 * @param issuedFor the unit codes it was issued for, as coded when it was issued; its scope at any
 *     later date follows them through reorganisations. Empty for a plan that applies nationwide.
 * @param reviews the interim and final reviews it schedules, by date
 * @param reporting by when units owe the figures its targets ask of them
 */
public record Plan(
    String id,
    String name,
    String province,
    String source,
    LocalDate issuedAt,
    LocalDate start,
    Set<String> issuedFor,
    List<Review> reviews,
    ReportingDeadlines reporting) {

  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    issuedFor = issuedFor == null ? Set.of() : Set.copyOf(issuedFor);
    reviews =
        reviews == null
            ? List.of()
            : reviews.stream().sorted(Comparator.comparing(Review::date)).toList();
    reporting = reporting == null ? ReportingDeadlines.defaults() : reporting;
  }

  /** A plan with the default reporting deadlines. */
  public Plan(
      String id,
      String name,
      String province,
      String source,
      LocalDate issuedAt,
      LocalDate start,
      Set<String> issuedFor,
      List<Review> reviews) {
    this(id, name, province, source, issuedAt, start, issuedFor, reviews, null);
  }

  /** A plan that schedules no review, with the default reporting deadlines. */
  public Plan(
      String id,
      String name,
      String province,
      String source,
      LocalDate issuedAt,
      LocalDate start,
      Set<String> issuedFor) {
    this(id, name, province, source, issuedAt, start, issuedFor, List.of(), null);
  }

  /** The latest interim review held on or before {@code day}. */
  public Optional<Review> interimReviewBy(LocalDate day) {
    return reviews.stream()
        .filter(review -> review.isInterim() && !review.date().isAfter(day))
        .reduce((earlier, later) -> later);
  }

  /** The review held on {@code day}, if the plan schedules one then. */
  public Optional<Review> reviewOn(LocalDate day) {
    return reviews.stream().filter(review -> review.date().equals(day)).findFirst();
  }

  /** The day its scope is read from: issued, else started. */
  public LocalDate scopeDate() {
    return issuedAt != null ? issuedAt : start;
  }
}
