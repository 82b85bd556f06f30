package vn.dxmonitor.model.unit;

import java.time.LocalDate;

/**
 * One line of a reorganisation: the old unit went into the new one on {@code effective}, whole
 * ({@code full}) or in part (an old commune split across several new ones has one line per
 * successor).
 */
public record Succession(
    UnitLevel level,
    String oldCode,
    String oldName,
    String newCode,
    String newName,
    boolean full,
    LocalDate effective) {}
