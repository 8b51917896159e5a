package id.meritflow.penandatanganan.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class GlyphMetricsTest {

  static final List<String> TEXTS = List.of("", "Dewi Lestari", "MEMUTUSKAN:", SkLayoutTest.LONG_WORDS,
      "日本語 dan ąčę – “kutipan” … €", "a\u00A0b\tc", "x\uD834\uDD1Ey", "NIP. 198501012010012001");

  @Test
  void keptWidthsAreExactlyWhatPdfboxMeasuresForTheWholeText() throws Exception {
    for (PDFont font : List.of(PdfLayout.REGULAR, PdfLayout.BOLD)) {
      // a fresh font instance: nothing learnt, PDFBox measures the text as a whole
      PDFont fresh = new PDType1Font(font == PdfLayout.REGULAR ? Standard14Fonts.FontName.TIMES_ROMAN
          : Standard14Fonts.FontName.TIMES_BOLD);
      for (String text : TEXTS) {
        // when the layout measures the text with its kept metrics (twice: learning, then kept)
        float first = PdfLayout.width(text, font, 11f);
        float kept = PdfLayout.width(text, font, 11f);

        // then the width is PDFBox's, to the last bit, and the safe text is the same
        String safe = new GlyphMetrics(fresh).safe(text);
        float expected = fresh.getStringWidth(safe) / 1000 * 11f;
        assertThat(Float.floatToIntBits(first)).as(text).isEqualTo(Float.floatToIntBits(expected));
        assertThat(Float.floatToIntBits(kept)).as(text).isEqualTo(Float.floatToIntBits(expected));
        assertThat(PdfLayout.safe(text, font)).isEqualTo(safe);
      }
    }
  }

  @Test
  void charactersTheFontCannotEncodeBecomeQuestionMarks() {
    assertThat(PdfLayout.safe("日本 ą – €", PdfLayout.REGULAR)).isEqualTo("?? ? – €");
    assertThat(PdfLayout.safe("x\uD834\uDD1Ey", PdfLayout.BOLD)).isEqualTo("x?y");
  }

  @Test
  void theQrCodeIsPureBlackAndWhite() {
    // when the QR code of a verification link is drawn
    QrCode.Gray qr = QrCode.modules("http://localhost:8080/verifikasi-sk/ABCDEFGHJKMNPQRS", 1);

    // then it is gray samples of black and white only, on a white margin
    int[] pixels = new int[qr.samples().length];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = qr.samples()[i] & 0xFF;
    }
    assertThat(pixels).containsOnly(0, 255).contains(0, 255);
    assertThat(pixels[0]).isEqualTo(255);
  }
}
