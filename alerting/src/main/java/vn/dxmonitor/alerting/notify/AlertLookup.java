package vn.dxmonitor.alerting.notify;

import java.util.List;
import java.util.Optional;
import vn.dxmonitor.model.alert.Alert;

/**
 * The task's alerts as the notifier reads them. The engine owns the alerts and their store; the
 * notifier only looks, so its policies can be tested against a plain list.
 */
public interface AlertLookup {

  /** The latest version of an alert, resolved ones included. */
  Optional<Alert> find(String id);

  /** The pending and firing alerts, in the order they became active; a copy. */
  List<Alert> active();

  /** The pending and firing alerts of one unit and indicator. */
  List<Alert> active(String unit, String indicator);
}
