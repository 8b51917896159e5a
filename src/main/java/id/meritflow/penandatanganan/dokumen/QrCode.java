package id.meritflow.penandatanganan.dokumen;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;

/** The QR code printed on an SK, pointing at its public verification page. */
final class QrCode {

  private QrCode() {}

  static BufferedImage of(String url, int pixels) {
    try {
      // Level M survives a printed copy with some wear; margin 1 because the PDF adds white space.
      BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, pixels, pixels,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
      int width = matrix.getWidth();
      BufferedImage image = new BufferedImage(width, matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      // gray samples written a row at a time: black 0, white 255, the values setRGB gave per pixel
      // through the colour model (that conversion was most of this method's cost per signed SK)
      byte[] row = new byte[width];
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < width; x++) {
          row[x] = matrix.get(x, y) ? 0 : (byte) 0xFF;
        }
        image.getRaster().setDataElements(0, y, width, 1, row);
      }
      return image;
    } catch (WriterException e) {
      throw new IllegalStateException("kode QR tidak dapat dibuat", e);
    }
  }
}
