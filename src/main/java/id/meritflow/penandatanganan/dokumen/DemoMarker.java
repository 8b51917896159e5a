package id.meritflow.penandatanganan.dokumen;

import static id.meritflow.penandatanganan.dokumen.PdfLayout.BOLD;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Marks every page of an SK signed with a demo certificate: a red banner above the letterhead and a
 * large diagonal watermark. Drawn before signing, so the marker is part of the signed document and
 * cannot be removed without breaking the signature.
 */
final class DemoMarker {

  static final String TEXT = "DEMO — tidak sah";
  private static final String BANNER = TEXT + ": ditandatangani dengan sertifikat DEMO, bukan tanda tangan "
      + "elektronik resmi";
  private static final float BANNER_SIZE = 9;
  private static final float WATERMARK_SIZE = 64;

  void addTo(PDDocument document) throws IOException {
    for (PDPage page : document.getPages()) {
      try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
        banner(content, page.getMediaBox());
        watermark(content, page.getMediaBox());
      }
    }
  }

  private static void banner(PDPageContentStream content, PDRectangle box) throws IOException {
    float width = PdfLayout.width(BANNER, BOLD, BANNER_SIZE);
    content.setNonStrokingColor(0.75f, 0.05f, 0.05f);
    content.beginText();
    content.setFont(BOLD, BANNER_SIZE);
    content.newLineAtOffset((box.getWidth() - width) / 2, box.getHeight() - 28);
    content.showText(PdfLayout.safe(BANNER, BOLD));
    content.endText();
  }

  /** Translucent, so that the text under it stays readable. */
  private static void watermark(PDPageContentStream content, PDRectangle box) throws IOException {
    PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
    translucent.setNonStrokingAlphaConstant(0.15f);
    content.saveGraphicsState();
    content.setGraphicsStateParameters(translucent);
    content.setNonStrokingColor(0.75f, 0.05f, 0.05f);
    float width = PdfLayout.width(TEXT, BOLD, WATERMARK_SIZE);
    double angle = Math.atan2(box.getHeight(), box.getWidth());
    content.beginText();
    content.setFont(BOLD, WATERMARK_SIZE);
    // Centred on the page, along its diagonal.
    Matrix matrix = Matrix.getRotateInstance(angle, box.getWidth() / 2, box.getHeight() / 2);
    matrix.translate(-width / 2, -WATERMARK_SIZE / 3);
    content.setTextMatrix(matrix);
    content.showText(PdfLayout.safe(TEXT, BOLD));
    content.endText();
    content.restoreGraphicsState();
  }
}
