package vn.dxmonitor.alerting.route;

import java.util.List;

/** The receivers an alert goes to: those of {@code unit}, the nearest unit up its path with any. */
public record Route(String unit, List<Receiver> receivers) {}
