package vn.dxmonitor.dashboard.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * Lays an HTML page out as PDF. The text is set in DejaVu Sans, embedded from the classpath,
 * because PDF's standard fonts have no Vietnamese letters.
 */
@Component
public class PdfRenderer {

  static final String FONT_FAMILY = "DejaVu Sans";
  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

  public byte[] render(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(
          () -> font("DejaVuSans.ttf"),
          FONT_FAMILY,
          400,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> font("DejaVuSans-Bold.ttf"),
          FONT_FAMILY,
          700,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay the report out as PDF", e);
    }
    return out.toByteArray();
  }

  private static InputStream font(String file) {
    InputStream font = PdfRenderer.class.getResourceAsStream(FONTS + file);
    if (font == null) {
      throw new IllegalStateException(
          "the font " + FONTS + file + " is not on the classpath (jasperreports-fonts)");
    }
    return font;
  }
}
