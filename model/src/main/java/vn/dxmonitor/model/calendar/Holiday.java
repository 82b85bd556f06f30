package vn.dxmonitor.model.calendar;

import java.time.LocalDate;

/**
 * A day off work: one of the whole country's, or one a plan adds.
 *
 * @param name the holiday's Vietnamese name, as a leader reads it
 * @param substitute whether it is the working day given in place of a holiday that fell on a
 *     weekend (nghỉ bù), rather than the holiday itself
 * @param kind which holiday it is, or stands in for
 */
public record Holiday(LocalDate date, String name, boolean substitute, HolidayKind kind) {}
