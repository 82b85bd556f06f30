package vn.dxmonitor.platform.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 spoken over a bare socket, for the requests a well-behaved client refuses to send: a
 * header twice, control characters in a value, a head far over any limit, from a chosen loopback
 * address. The head is written byte for byte as given (ISO-8859-1), with {@code Connection: close}
 * added, and the answer read until the server closes.
 */
public final class RawHttp {

  private final int port;
  private final InetAddress from;

  private RawHttp(int port, InetAddress from) {
    this.port = port;
    this.from = from;
  }

  /** Requests to the server on 127.0.0.1:{@code port}, sent from {@code from} (any of 127/8). */
  public static RawHttp from(String from, int port) throws IOException {
    return new RawHttp(port, InetAddress.getByName(from));
  }

  /** The answer: status, headers by lower-case name, and the body as text. */
  public record Answer(int status, Map<String, List<String>> headers, String body) {

    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? "" : values.get(0);
    }

    public String contentType() {
      return header("Content-Type");
    }

    public List<String> all(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    @Override
    public String toString() {
      return status + " " + headers + "\n" + body;
    }
  }

  /**
   * @param method the method and path, e.g. {@code GET /api/v1/keys}
   * @param headers each a whole header line, {@code Name: value}, sent as it is
   * @param body the body, or null for none (a {@code Content-Length} is added for one)
   */
  public Answer send(String method, List<String> headers, byte[] body) throws IOException {
    StringBuilder head = new StringBuilder();
    head.append(method).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1:").append(port).append("\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    if (body != null && headers.stream().noneMatch(h -> h.startsWith("Transfer-Encoding"))) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
          out.write(body);
        }
        out.flush();
      } catch (SocketException e) {
        // The server may answer and close before it has read all of a request it refuses
      }
      return parse(readAll(socket.getInputStream()));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        read.write(buffer, 0, n);
      }
    } catch (SocketException e) {
      // A reset after the answer: what came before it is the answer
    }
    return read.toByteArray();
  }

  private static Answer parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IllegalStateException("no complete answer: '" + text + "'");
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(
              lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    byte[] rest = Arrays.copyOfRange(bytes, end + 4, bytes.length);
    boolean chunked =
        headers.getOrDefault("transfer-encoding", List.of()).stream()
            .anyMatch(v -> v.equalsIgnoreCase("chunked"));
    String body = new String(chunked ? dechunk(rest) : rest, StandardCharsets.UTF_8);
    return new Answer(status, headers, body);
  }

  private static byte[] dechunk(byte[] bytes) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (at < bytes.length) {
      int lineEnd = indexOfCrLf(bytes, at);
      if (lineEnd < 0) {
        break;
      }
      String size = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int semicolon = size.indexOf(';');
      int length =
          Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (length == 0) {
        break;
      }
      int start = lineEnd + 2;
      body.write(bytes, start, Math.min(length, bytes.length - start));
      at = start + length + 2;
    }
    return body.toByteArray();
  }

  private static int indexOfCrLf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
