package id.meritflow.penandatanganan.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QrCodeTest {

  @Test
  void everySampleIsItsModulesColourInsideAWhiteQuietZone() throws Exception {
    String url = "https://meritflow.example/verifikasi/ABCD-EFGH-JKLM";
    var code = com.google.zxing.qrcode.encoder.Encoder.encode(url, ErrorCorrectionLevel.M).getMatrix();

    QrCode.Gray gray = QrCode.modules(url, 1);

    assertThat(gray.width()).isEqualTo(code.getWidth() + 2);
    assertThat(gray.height()).isEqualTo(code.getHeight() + 2);
    for (int x = 0; x < gray.width(); x++) {
      for (int y = 0; y < gray.height(); y++) {
        boolean inCode = x >= 1 && y >= 1 && x <= code.getWidth() && y <= code.getHeight();
        boolean dark = inCode && code.get(x - 1, y - 1) == 1;
        assertThat(gray.samples()[y * gray.width() + x] & 0xFF).as("module %d,%d", x, y).isEqualTo(dark ? 0 : 0xFF);
      }
    }
  }

  @Test
  void thePdfImageIsThoseSamplesInEightBitGrayNotInterpolated() throws Exception {
    String url = "https://meritflow.example/verifikasi/ABCD-EFGH-JKLM";
    QrCode.Gray gray = QrCode.modules(url, 1);
    try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
      var image = QrCode.pdfImage(document, url, 1);

      assertThat(image.getBitsPerComponent()).isEqualTo(8);
      assertThat(image.getColorSpace().getName()).isEqualTo("DeviceGray");
      assertThat(image.getInterpolate()).as("drawn as sharp squares when scaled up").isFalse();
      BufferedImage pixels = image.getImage();
      assertThat(pixels.getWidth()).isEqualTo(gray.width());
      assertThat(pixels.getHeight()).isEqualTo(gray.height());
      for (int x = 0; x < pixels.getWidth(); x++) {
        for (int y = 0; y < pixels.getHeight(); y++) {
          int sample = gray.samples()[y * gray.width() + x] & 0xFF;
          assertThat(pixels.getRGB(x, y) & 0xFFFFFF).as("module %d,%d", x, y).isEqualTo(sample == 0 ? 0 : 0xFFFFFF);
        }
      }
    }
  }

  @Test
  void theQrCodeOnARenderedSkReadsBackAsItsVerificationAddress() throws Exception {
    var sk = SkLayoutTest.aMutasi();
    byte[] pdf = new SkPdfRenderer().render(sk);

    // when the page is printed at 150 dpi and the code is read as a phone's scanner would
    BufferedImage page;
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
      page = renderer.renderImageWithDPI(document.getNumberOfPages() - 1, 150, org.apache.pdfbox.rendering.ImageType.RGB);
    }
    int[] rgb = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
    var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
        new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), rgb)));
    var read = new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
        Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE));

    assertThat(read.getText()).isEqualTo(sk.urlVerifikasi());
  }
}
