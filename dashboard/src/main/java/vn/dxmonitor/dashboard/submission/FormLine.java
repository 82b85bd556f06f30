package vn.dxmonitor.dashboard.submission;

import java.time.LocalDate;
import vn.dxmonitor.model.submission.EnteredFigure;
import vn.dxmonitor.model.submission.Submission;

/**
 * One figure a unit owes for a period, as its form shows it: what to enter and in which unit of
 * measure, by when, against which target, beside last period's published figure.
 *
 * @param kind which fields the figure has: {@code ratio-of-counts} (numerator, denominator), {@code
 *     measurement} (value), {@code counter} (count), {@code coverage} (compliant)
 * @param target the plan's target value, and {@code targetBy} its deadline
 * @param lastPeriod the figure published for the period before, or null
 * @param submission where this period's figure stands, or null when nothing was saved yet
 */
public record FormLine(
    String indicator,
    String nameVi,
    String nameEn,
    String unitOfMeasure,
    String kind,
    LocalDate deadline,
    String plan,
    Double target,
    LocalDate targetBy,
    EnteredFigure lastPeriod,
    Submission submission) {}
