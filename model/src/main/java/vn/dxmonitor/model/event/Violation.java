package vn.dxmonitor.model.event;

/** What is wrong with one field of an event, in words a source system's developer can act on. */
public record Violation(String field, String code, String message) {

  /**
   * As a dead letter's reason header spells it: the code first, so the reason's first word is
   * always its code.
   */
  public String reason() {
    return code + " " + field + ": " + message;
  }
}
