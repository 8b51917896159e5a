package id.meritflow.penandatanganan.dokumen;

import static id.meritflow.penandatanganan.dokumen.PdfLayout.BOLD;
import static id.meritflow.penandatanganan.dokumen.PdfLayout.LEFT;
import static id.meritflow.penandatanganan.dokumen.PdfLayout.REGULAR;
import static id.meritflow.penandatanganan.dokumen.PdfLayout.RIGHT;
import static id.meritflow.penandatanganan.dokumen.PdfLayout.SIZE;
import static id.meritflow.penandatanganan.dokumen.PdfLayout.lineHeight;

import id.meritflow.penandatanganan.domain.SkContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays out an SK in the usual Indonesian decision-letter order: KOP, title, NOMOR, TENTANG,
 * Menimbang, Mengingat, MEMUTUSKAN, Menetapkan and the diktum, place and date, the signature block
 * with its a.n./u.b. lines and the QR code, and a verification footer on every page.
 */
public final class SkPdfRenderer {

  private static final float LABEL_WIDTH = 78;      // "Menimbang", "KESATU" …
  private static final float COLON_X = LEFT + LABEL_WIDTH;
  private static final float BODY_X = COLON_X + 10;
  private static final float ITEM_X = BODY_X + 16;  // text after "a." / "1."
  private static final float SIGNATURE_X = 315;
  private static final float QR_SIZE = 72;

  public byte[] render(SkContent sk) {
    try (PdfLayout layout = new PdfLayout()) {
      kop(layout, sk);
      title(layout, sk);
      items(layout, "Menimbang", sk.menimbang(), true);
      items(layout, "Mengingat", sk.mengingat(), false);
      layout.skip(6);
      layout.centered("MEMUTUSKAN:", RIGHT - LEFT, BOLD, SIZE);
      layout.skip(4);
      for (SkContent.Diktum diktum : sk.diktum()) {
        diktum(layout, diktum);
      }
      signature(layout, sk);
      new VerificationFooter(sk.kodeVerifikasi(), sk.urlVerifikasi()).addTo(layout.document());
      return layout.toBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void kop(PdfLayout layout, SkContent sk) {
    for (String line : sk.kop()) {
      layout.centered(line, RIGHT - LEFT, BOLD, 15);
    }
    layout.skip(4);
    layout.line(LEFT, RIGHT, 2f);
    layout.skip(2.5f);
    layout.line(LEFT, RIGHT, 0.6f);
    layout.skip(18);
  }

  private static void title(PdfLayout layout, SkContent sk) {
    layout.centered(sk.judul(), RIGHT - LEFT - 40, BOLD, SIZE + 0.5f);
    layout.centered(sk.nomor(), RIGHT - LEFT, REGULAR, SIZE);
    layout.skip(6);
    layout.centered("TENTANG", RIGHT - LEFT, REGULAR, SIZE);
    layout.centered(sk.tentang(), RIGHT - LEFT - 80, REGULAR, SIZE);
    layout.skip(6);
    layout.centered(sk.judul() + ",", RIGHT - LEFT - 40, BOLD, SIZE);
    layout.skip(8);
  }

  /** "Menimbang : a. …" with letters, "Mengingat : 1. …" with numbers. */
  private static void items(PdfLayout layout, String label, List<String> items, boolean letters) {
    layout.ensureSpace(lineHeight(SIZE) * 2);
    layout.text(label, LEFT, REGULAR, SIZE);
    layout.text(":", COLON_X, REGULAR, SIZE);
    for (int i = 0; i < items.size(); i++) {
      layout.ensureSpace(lineHeight(SIZE));
      layout.text(letters ? (char) ('a' + i) + "." : (i + 1) + ".", BODY_X, REGULAR, SIZE);
      layout.paragraph(items.get(i), ITEM_X, RIGHT - ITEM_X, REGULAR, SIZE);
    }
    layout.skip(6);
  }

  private static void diktum(PdfLayout layout, SkContent.Diktum diktum) {
    layout.ensureSpace(lineHeight(SIZE) * 2);
    boolean first = true;
    layout.text(diktum.label(), LEFT, diktum.label().equals("Menetapkan") ? REGULAR : BOLD, SIZE);
    layout.text(":", COLON_X, REGULAR, SIZE);
    for (String line : diktum.teks().split("\n")) {
      int bar = line.indexOf('|');
      if (bar < 0) {
        layout.paragraph(line, BODY_X, RIGHT - BODY_X, first && diktum.label().equals("Menetapkan") ? BOLD : REGULAR,
            SIZE);
      } else {
        row(layout, line.substring(0, bar).trim(), line.substring(bar + 1).trim());
      }
      first = false;
    }
    layout.skip(5);
  }

  /** "Nama            : Dewi Lestari", aligned inside a diktum. */
  private static void row(PdfLayout layout, String label, String value) {
    float labelX = ITEM_X;
    float colonX = labelX + 140;
    layout.ensureSpace(lineHeight(SIZE));
    layout.text(label, labelX, REGULAR, SIZE);
    layout.text(":", colonX, REGULAR, SIZE);
    layout.paragraph(value, colonX + 8, RIGHT - colonX - 8, REGULAR, SIZE);
  }

  private static void signature(PdfLayout layout, SkContent sk) throws IOException {
    float width = RIGHT - SIGNATURE_X;
    float height = lineHeight(SIZE) * (4 + sk.barisKewenangan().size()) + QR_SIZE + 20;
    layout.skip(10);
    layout.ensureSpace(height);
    layout.paragraph("Ditetapkan di " + sk.tempat(), SIGNATURE_X, width, REGULAR, SIZE);
    layout.paragraph("pada tanggal " + sk.tanggal(), SIGNATURE_X, width, REGULAR, SIZE);
    layout.skip(6);
    for (String line : sk.barisKewenangan()) {
      layout.paragraph(line, SIGNATURE_X, width, BOLD, SIZE);
    }
    layout.skip(4);
    // The QR code stands where a wet signature would; the TTE itself is the PDF signature.
    PDImageXObject qr = LosslessFactory.createFromImage(layout.document(), QrCode.of(sk.urlVerifikasi(), 240));
    layout.image(qr, SIGNATURE_X, QR_SIZE);
    layout.skip(QR_SIZE + 6);
    layout.paragraph(sk.namaPenandatangan(), SIGNATURE_X, width, BOLD, SIZE);
    if (sk.nipPenandatangan() != null && !sk.nipPenandatangan().isBlank()) {
      layout.paragraph("NIP. " + sk.nipPenandatangan(), SIGNATURE_X, width, REGULAR, SIZE);
    }
  }
}
