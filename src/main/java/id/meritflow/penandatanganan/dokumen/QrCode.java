package id.meritflow.penandatanganan.dokumen;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Map;

/** The QR code printed on an SK, pointing at its public verification page. */
final class QrCode {

  private static final int BLACK = 0;
  private static final int WHITE = 255;

  private QrCode() {}

  static BufferedImage of(String url, int pixels) {
    try {
      // Level M survives a printed copy with some wear; margin 1 because the PDF adds white space.
      BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, pixels, pixels,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
      BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      // Gray levels written straight into the raster: setRGB converts every pixel through the
      // colour model (a tenth of an SK's signing time); black and white are 0 and 255 either way.
      WritableRaster raster = image.getRaster();
      for (int x = 0; x < matrix.getWidth(); x++) {
        for (int y = 0; y < matrix.getHeight(); y++) {
          raster.setSample(x, y, 0, matrix.get(x, y) ? BLACK : WHITE);
        }
      }
      return image;
    } catch (WriterException e) {
      throw new IllegalStateException("kode QR tidak dapat dibuat", e);
    }
  }
}
