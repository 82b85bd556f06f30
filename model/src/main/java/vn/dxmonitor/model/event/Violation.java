package vn.dxmonitor.model.event;

/** What is wrong with one field of an event, in words a source system's developer can act on. */
public record Violation(String field, String code, String message) {}
