package vn.dxmonitor.alerting.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP endpoint that records every webhook call; it can be told to fail the next calls with a
 * status, as a receiver that is down would.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One call as it arrived. */
  public record Call(String notificationId, String signature, byte[] body) {}

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger failNext = new AtomicInteger();
  private volatile int failStatus = 503;

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
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  /** The calls answered 200, in arrival order. */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public void failNext(int count, int status) {
    failStatus = status;
    failNext.set(count);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
