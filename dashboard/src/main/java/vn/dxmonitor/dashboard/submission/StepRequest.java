package vn.dxmonitor.dashboard.submission;

/** A submit, return or accept: the version it was decided on, and the verifier's comment. */
public record StepRequest(Integer version, String comment) {}
