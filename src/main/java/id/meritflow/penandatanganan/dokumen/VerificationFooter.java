package id.meritflow.penandatanganan.dokumen;

import static id.meritflow.penandatanganan.dokumen.PdfLayout.LEFT;
import static id.meritflow.penandatanganan.dokumen.PdfLayout.REGULAR;
import static id.meritflow.penandatanganan.dokumen.PdfLayout.RIGHT;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/**
 * The footer of every page: that the SK is signed electronically, its verification code and URL,
 * and the page number. Added after the body so that the page count is known.
 */
record VerificationFooter(String kode, String url) {

  private static final float SIZE = 8;

  void addTo(PDDocument document) throws IOException {
    int total = document.getNumberOfPages();
    String notice = "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik. "
        + "Keasliannya dapat diperiksa dengan kode verifikasi " + kode + " di " + url
        + " atau dengan memindai kode QR.";
    for (int i = 0; i < total; i++) {
      PDPage page = document.getPage(i);
      try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
        content.setLineWidth(0.4f);
        content.moveTo(LEFT, 62);
        content.lineTo(RIGHT, 62);
        content.stroke();
        float y = 52;
        for (String line : PdfLayout.wrap(notice, RIGHT - LEFT - 60, REGULAR, SIZE)) {
          write(content, line, LEFT, y);
          y -= SIZE * 1.3f;
        }
        String pageLabel = "Halaman " + (i + 1) + " dari " + total;
        write(content, pageLabel, RIGHT - PdfLayout.width(pageLabel, REGULAR, SIZE), 52);
      }
    }
  }

  private static void write(PDPageContentStream content, String text, float x, float y) throws IOException {
    content.beginText();
    content.setFont(REGULAR, SIZE);
    content.newLineAtOffset(x, y);
    content.showText(PdfLayout.safe(text, REGULAR));
    content.endText();
  }
}
