package vn.dxmonitor.alerting.config;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value worked out from the alerting entries, worked out again only when they change: the engine
 * asks for rules, receivers and silences on every judgement, and parsing is not free.
 */
public final class Parsed<T> implements Supplier<T> {

  private final LongSupplier version;
  private final Supplier<T> parse;
  private volatile Cached<T> cached;

  private record Cached<T>(long version, T value) {}

  public Parsed(LongSupplier version, Supplier<T> parse) {
    this.version = version;
    this.parse = parse;
  }

  @Override
  public T get() {
    long now = version.getAsLong();
    Cached<T> known = cached;
    if (known != null && known.version() == now) {
      return known.value();
    }
    T value = parse.get();
    cached = new Cached<>(now, value);
    return value;
  }
}
