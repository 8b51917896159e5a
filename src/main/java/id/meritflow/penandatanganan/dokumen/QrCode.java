package id.meritflow.penandatanganan.dokumen;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The QR code printed on an SK, pointing at its public verification page. */
final class QrCode {

  /** Gray samples, a row after another: black 0, white 255. */
  record Gray(int width, int height, byte[] samples) {}

  private QrCode() {}

  /**
   * The code as a PDF image with one sample per module (8-bit DeviceGray, Flate, a quiet zone of
   * {@code margin} modules), for the page to scale: a 29-module code is a 31 × 31 image instead of
   * 240 × 240 pixels encoded, converted and compressed per SK (5 % of a transfer's CPU in the
   * benchmark's profile, docs/perf/mutasi.md). PDF images are not interpolated unless they ask to
   * be ({@code /Interpolate}, absent here), so viewers and printers draw each module as a sharp square.
   */
  static PDImageXObject pdfImage(PDDocument document, String url, int margin) throws IOException {
    Gray gray = modules(url, margin);
    ByteArrayOutputStream deflated = new ByteArrayOutputStream(gray.samples().length / 4);
    try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
      out.write(gray.samples());
    }
    return new PDImageXObject(document, new ByteArrayInputStream(deflated.toByteArray()), COSName.FLATE_DECODE,
        gray.width(), gray.height(), 8, PDDeviceGray.INSTANCE);
  }

  /**
   * One sample per module, with a white quiet zone of {@code margin} modules around the code (the
   * page around it is white too). Level M survives a printed copy with some wear.
   */
  static Gray modules(String url, int margin) {
    try {
      ByteMatrix code = Encoder.encode(url, ErrorCorrectionLevel.M).getMatrix();
      int width = code.getWidth() + 2 * margin;
      int height = code.getHeight() + 2 * margin;
      byte[] samples = new byte[width * height];
      Arrays.fill(samples, (byte) 0xFF);
      for (int y = 0; y < code.getHeight(); y++) {
        for (int x = 0; x < code.getWidth(); x++) {
          if (code.get(x, y) == 1) {
            samples[(y + margin) * width + x + margin] = 0;
          }
        }
      }
      return new Gray(width, height, samples);
    } catch (WriterException e) {
      throw new IllegalStateException("kode QR tidak dapat dibuat", e);
    }
  }
}
