package id.meritflow.penandatanganan.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QrCodeTest {

  @Test
  void everyPixelIsTheModulesColourAsSetOnePixelAtATime() throws Exception {
    String url = "https://meritflow.example/verifikasi/ABCD-EFGH-JKLM";
    var matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 240, 240,
        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
    BufferedImage expected = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    for (int x = 0; x < matrix.getWidth(); x++) {
      for (int y = 0; y < matrix.getHeight(); y++) {
        expected.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
      }
    }

    BufferedImage image = QrCode.of(url, 240);

    assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    assertThat(image.getWidth()).isEqualTo(expected.getWidth());
    assertThat(image.getHeight()).isEqualTo(expected.getHeight());
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y));
      }
    }
  }
}
