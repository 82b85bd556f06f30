package vn.dxmonitor.dashboard.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A browser's EventSource, reduced to what tests need: it connects, parses the event stream into
 * events as they arrive, and can go away by dropping its connection, as a closed tab does. A plain
 * socket rather than an HTTP client, so that "gone" means the TCP connection is closed, at once. It
 * speaks HTTP/1.0, so the body comes unchunked.
 */
public final class SseClient implements AutoCloseable {

  /** One server-sent event. */
  public record Event(String name, String data) {}

  private final Socket socket = new Socket();
  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final Map<String, String> headers = new ConcurrentHashMap<>();
  private final CompletableFuture<Integer> status = new CompletableFuture<>();

  private SseClient() {}

  /** Connects with the test context's administrator key. */
  public static SseClient connect(URI uri) {
    return connect(uri, "Authorization", TestCredentials.bearer(TestCredentials.adminKey()));
  }

  /** Connects with one credential header, such as {@code Cookie} for a signed-in session. */
  public static SseClient connect(URI uri, String header, String value) {
    SseClient client = new SseClient();
    try {
      client.socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
      OutputStream out = client.socket.getOutputStream();
      out.write(
          ("GET "
                  + uri.getRawPath()
                  + " HTTP/1.0\r\n"
                  + "Host: "
                  + uri.getHost()
                  + ":"
                  + uri.getPort()
                  + "\r\n"
                  + "Accept: text/event-stream\r\n"
                  + header
                  + ": "
                  + value
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread reader = new Thread(client::read, "sse-test-client");
    reader.setDaemon(true);
    reader.start();
    return client;
  }

  /** The response status, once the headers are in. */
  public CompletableFuture<Integer> status() {
    return status;
  }

  /** Header names are lower case. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  public List<Event> events() {
    return events;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
      String statusLine = in.readLine();
      String line;
      while ((line = in.readLine()) != null && !line.isEmpty()) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.put(
              line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
              line.substring(colon + 1).trim());
        }
      }
      status.complete(Integer.parseInt(statusLine.split(" ")[1]));
      String name = null;
      StringBuilder data = null;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty()) {
          if (data != null) {
            events.add(new Event(name == null ? "message" : name, data.toString()));
          }
          name = null;
          data = null;
        } else if (line.startsWith("event:")) {
          name = field(line, "event:");
        } else if (line.startsWith("data:")) {
          data = data == null ? new StringBuilder() : data.append('\n');
          data.append(field(line, "data:"));
        }
      }
    } catch (IOException | RuntimeException e) {
      status.completeExceptionally(e);
    }
  }

  private static String field(String line, String prefix) {
    String value = line.substring(prefix.length());
    return value.startsWith(" ") ? value.substring(1) : value;
  }
}
