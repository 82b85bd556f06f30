package vn.dxmonitor.model.recovery;

import java.time.Instant;

/**
 * One time a service healed itself after a fault, as the operator console lists it.
 *
 * @param service the part that recovered: {@code processor}, {@code alerting} (their Kafka Streams
 *     clients) or {@code ingest} (its way to the broker)
 * @param action what was done: one of the constants below
 * @param at when
 * @param detail the fault behind it, in the words the service logged
 */
public record Recovery(String service, String action, Instant at, String detail) {

  /** A failed stream thread was replaced by a new one. */
  public static final String THREAD_REPLACED = "thread-replaced";

  /** A Kafka Streams client in {@code ERROR} was closed and started again. */
  public static final String CLIENT_RESTARTED = "client-restarted";

  /** Ingest reached the broker again after refusing events while it was away. */
  public static final String BROKER_RETURNED = "broker-returned";
}
