package vn.dxmonitor.bench.infra;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection that sends a prepared request and reads the whole answer, one
 * exchange at a time. Blocking and allocation-light on purpose: the load generator shares two cores
 * with the service it measures, so every microsecond it spends is one the service does not get. It
 * reads what the ingest API sends — a fixed length or chunked body — and nothing more exotic.
 */
public final class HttpConnection implements AutoCloseable {

  private static final int TIMEOUT_MILLIS = 60_000;

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final byte[] buffer = new byte[16 * 1024];
  private int position;
  private int limit;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);
  private final ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
  private boolean open = true;

  /** An answer: its status and its body as text. */
  public record Response(int status, String body) {}

  public HttpConnection(InetSocketAddress address) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(TIMEOUT_MILLIS);
    socket.connect(address, TIMEOUT_MILLIS);
    out = socket.getOutputStream();
    in = socket.getInputStream();
  }

  /** Whether the server left the connection open for another request. */
  public boolean isOpen() {
    return open;
  }

  public Response exchange(byte[] request) throws IOException {
    out.write(request);
    out.flush();
    String statusLine = readLine();
    // HTTP/1.1 202 Accepted (Tomcat sends no reason phrase: "HTTP/1.1 202 ")
    if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
      throw new IOException("not an HTTP status line: '" + statusLine + "'");
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long contentLength = -1;
    boolean chunked = false;
    for (String header = readLine(); !header.isEmpty(); header = readLine()) {
      int colon = header.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).strip();
      switch (name) {
        case "content-length" -> contentLength = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> open = !value.equalsIgnoreCase("close");
        default -> {
          // not needed
        }
      }
    }
    body.reset();
    if (chunked) {
      readChunks();
    } else if (contentLength >= 0) {
      readExactly(contentLength);
    } else {
      throw new IOException("an answer without Content-Length or chunked encoding");
    }
    return new Response(status, body.toString(StandardCharsets.UTF_8));
  }

  private void readChunks() throws IOException {
    while (true) {
      String sizeLine = readLine();
      int extension = sizeLine.indexOf(';');
      long size =
          Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip(), 16);
      if (size == 0) {
        while (!readLine().isEmpty()) {
          // trailers
        }
        return;
      }
      readExactly(size);
      if (!readLine().isEmpty()) {
        throw new IOException("a chunk not followed by CRLF");
      }
    }
  }

  private void readExactly(long length) throws IOException {
    long left = length;
    while (left > 0) {
      if (position == limit && !fill()) {
        throw new EOFException("the connection closed inside a body");
      }
      int take = (int) Math.min(left, limit - position);
      body.write(buffer, position, take);
      position += take;
      left -= take;
    }
  }

  private String readLine() throws IOException {
    line.reset();
    while (true) {
      if (position == limit && !fill()) {
        throw new EOFException("the connection closed before the answer ended");
      }
      byte b = buffer[position++];
      if (b == '\n') {
        break;
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  /** Reads what the socket has into the buffer; false at the end of the stream. */
  private boolean fill() throws IOException {
    int read = in.read(buffer);
    if (read <= 0) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  @Override
  public void close() {
    open = false;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
