package vn.dxmonitor.dashboard.console;

/** An action the console does not take, with the reason shown to the operator; nothing changed. */
class ActionRefusedException extends RuntimeException {

  /**
   * @param key the message key of the reason, in the page's bundle
   */
  ActionRefusedException(String key) {
    super(key);
  }

  String key() {
    return getMessage();
  }
}
