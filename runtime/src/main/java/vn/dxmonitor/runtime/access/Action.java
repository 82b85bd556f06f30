package vn.dxmonitor.runtime.access;

/** What a principal may ask to do; which roles may do it is decided by {@link Permissions}. */
public enum Action {
  /** Send metric events and reports to ingest. */
  REPORT_EVENTS,
  /** Enter, save and submit the periodic figures a unit owes. */
  SUBMIT_FIGURES,
  /** Accept (and so publish) or return the figures units submitted. */
  VERIFY_FIGURES,
  /** Acknowledge, assign, resolve and silence alerts, and open the operators' console. */
  WORK_ALERTS,
  /** Keys, accounts, plans and the audit trail of the principal's own units. */
  ADMINISTER,
  /**
   * The country's own entries: indicators, the official unit lists, alerting rules and receivers.
   */
  ADMINISTER_COUNTRY
}
