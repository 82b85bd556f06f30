package vn.dxmonitor.runtime.access;

/**
 * A principal asked for something beyond its reach — a role above its own, units outside its
 * subtrees — and nothing was changed. Each service answers it as {@code 403}, naming the field.
 */
public class OutsideScopeException extends RuntimeException {

  private final String field;

  public OutsideScopeException(Scopes.Refusal refusal) {
    super(refusal.field() + ": " + refusal.reason());
    this.field = refusal.field();
  }

  public String field() {
    return field;
  }
}
