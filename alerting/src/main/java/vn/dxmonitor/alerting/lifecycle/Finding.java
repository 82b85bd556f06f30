package vn.dxmonitor.alerting.lifecycle;

import java.time.LocalDate;

/**
 * A rule's verdict with the figures behind it, carried into the alert so that an operator sees why
 * it fired.
 *
 * @param reason why the rule holds, when it can hold for several reasons; null otherwise
 */
public record Finding(
    Verdict verdict,
    String reason,
    Double value,
    Double expected,
    Double gap,
    Double projected,
    Double target,
    LocalDate deadline,
    String summary) {

  public static Finding unknown() {
    return new Finding(Verdict.UNKNOWN, null, null, null, null, null, null, null, null);
  }
}
