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

  @Test
  void thePdfImageHoldsTheSamePixelsAsTheImagePdfBoxMadeOfThePicture() throws Exception {
    String url = "https://meritflow.example/verifikasi/ABCD-EFGH-JKLM";
    try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
      var viaFactory = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, QrCode.of(url, 240));

      var direct = QrCode.pdfImage(document, url, 240);

      assertThat(direct.getBitsPerComponent()).isEqualTo(viaFactory.getBitsPerComponent()).isEqualTo(8);
      assertThat(direct.getColorSpace().getName()).isEqualTo(viaFactory.getColorSpace().getName()).isEqualTo("DeviceGray");
      assertThat(direct.getCOSObject().getItem(org.apache.pdfbox.cos.COSName.FILTER))
          .isEqualTo(viaFactory.getCOSObject().getItem(org.apache.pdfbox.cos.COSName.FILTER));
      BufferedImage a = direct.getImage();
      BufferedImage b = viaFactory.getImage();
      assertThat(a.getWidth()).isEqualTo(b.getWidth());
      assertThat(a.getHeight()).isEqualTo(b.getHeight());
      for (int x = 0; x < a.getWidth(); x++) {
        for (int y = 0; y < a.getHeight(); y++) {
          assertThat(a.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(b.getRGB(x, y));
        }
      }
    }
  }
}
