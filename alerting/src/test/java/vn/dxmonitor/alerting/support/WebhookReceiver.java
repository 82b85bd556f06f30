package vn.dxmonitor.alerting.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP endpoint that records every webhook call; it can be told to fail the next calls with a
 * status, as a receiver that is down would, or to hold the calls it has accepted without answering,
 * so that a test knows its senders are in the middle of a send.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One call as it arrived. */
  public record Call(String notificationId, String signature, byte[] body) {}

  private final HttpServer server;
  private final ExecutorService answering = Executors.newCachedThreadPool();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger failNext = new AtomicInteger();
  private volatile int failStatus = 503;
  private final List<String> held = new CopyOnWriteArrayList<>();
  private volatile CountDownLatch gate = new CountDownLatch(0);

  public WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          int status = 200;
          if (failNext.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            status = failStatus;
          } else {
            calls.add(
                new Call(
                    exchange.getRequestHeaders().getFirst("X-DX-Notification-Id"),
                    exchange.getRequestHeaders().getFirst("X-DX-Signature"),
                    body));
            awaitGate(exchange.getRequestHeaders().getFirst("X-DX-Notification-Id"));
          }
          try {
            exchange.sendResponseHeaders(status, -1);
          } finally {
            exchange.close();
          }
        });
    // Calls are answered in parallel, as a real receiver would, so that a held call holds only
    // its own sender.
    server.setExecutor(answering);
    server.start();
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  /** The calls answered 200, in arrival order. */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** From now on, calls are recorded as accepted but not answered until {@link #release}. */
  public void hold() {
    held.clear();
    gate = new CountDownLatch(1);
  }

  /** The notification ids of the calls being held, in arrival order. */
  public List<String> held() {
    return List.copyOf(held);
  }

  /** Answers the held calls, and every call after them, at once again. */
  public void release() {
    gate.countDown();
  }

  private void awaitGate(String notificationId) {
    CountDownLatch current = gate;
    if (current.getCount() == 0) {
      return;
    }
    held.add(notificationId);
    try {
      current.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public void failNext(int count, int status) {
    failStatus = status;
    failNext.set(count);
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    answering.shutdownNow();
  }
}
