package vn.dxmonitor.bench.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {

  private static final byte[] REQUEST =
      "POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n{}"
          .getBytes(StandardCharsets.US_ASCII);

  @Test
  void readsAChunkedAnswerAndThenAFixedLengthOneOnTheSameConnection() throws Exception {
    List<String> answers =
        List.of(
            "HTTP/1.1 202 \r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "a\r\n{\"accepted\r\n"
                + "5\r\n\":1}\n\r\n"
                + "0\r\n\r\n",
            "HTTP/1.1 401 \r\nContent-Length: 7\r\n\r\nno key!");
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<List<String>> received = serve(server, answers);
      try (HttpConnection connection =
          new HttpConnection(
              new InetSocketAddress(server.getInetAddress(), server.getLocalPort()))) {

        HttpConnection.Response first = connection.exchange(REQUEST);
        HttpConnection.Response second = connection.exchange(REQUEST);

        assertThat(first).isEqualTo(new HttpConnection.Response(202, "{\"accepted\":1}\n"));
        assertThat(second).isEqualTo(new HttpConnection.Response(401, "no key!"));
        assertThat(connection.isOpen()).isTrue();
      }
      assertThat(received.get()).hasSize(2).allSatisfy(r -> assertThat(r).endsWith("\r\n\r\n{}"));
    }
  }

  @Test
  void connectionCloseIsNoticed() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      serve(server, List.of("HTTP/1.1 503 \r\nConnection: close\r\nContent-Length: 0\r\n\r\n"));
      try (HttpConnection connection =
          new HttpConnection(
              new InetSocketAddress(server.getInetAddress(), server.getLocalPort()))) {

        assertThat(connection.exchange(REQUEST).status()).isEqualTo(503);
        assertThat(connection.isOpen()).isFalse();
      }
    }
  }

  /** Accepts one connection and answers each request (head plus a 2-byte body) in turn. */
  private static CompletableFuture<List<String>> serve(ServerSocket server, List<String> answers) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            List<String> requests = new java.util.ArrayList<>();
            for (String answer : answers) {
              requests.add(new String(in.readNBytes(REQUEST.length), StandardCharsets.US_ASCII));
              out.write(answer.getBytes(StandardCharsets.US_ASCII));
              out.flush();
            }
            return requests;
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}
