package vn.dxmonitor.ingest.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.util.unit.DataSize;

/**
 * Reads a request body, refusing it as soon as it is known to exceed the limit: from its declared
 * length before a byte is read, or while reading a chunked body, so an oversized body is never held
 * in memory or parsed.
 */
final class RequestBodies {

  private RequestBodies() {}

  static byte[] read(HttpServletRequest request, DataSize limit) {
    long max = limit.toBytes();
    long declared = request.getContentLengthLong();
    if (declared > max) {
      throw tooLarge(limit, declared + " bytes");
    }
    try (InputStream in = request.getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
      byte[] buffer = new byte[16384];
      long total = 0;
      int read;
      while ((read = in.read(buffer)) >= 0) {
        total += read;
        if (total > max) {
          throw tooLarge(limit, "more");
        }
        out.write(buffer, 0, read);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IngestException(
          ErrorCode.UNPARSEABLE_BODY,
          "the request body could not be read to its end: " + e.getMessage());
    }
  }

  private static IngestException tooLarge(DataSize limit, String size) {
    return new IngestException(
        ErrorCode.BODY_TOO_LARGE,
        "a request body may be at most "
            + limit.toBytes()
            + " bytes ("
            + limit.toMegabytes()
            + " MB), but this one is "
            + size
            + "; send the events in smaller batches");
  }
}
