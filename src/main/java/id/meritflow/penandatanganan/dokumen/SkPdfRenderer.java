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
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
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
  private static final float SIGNATURE_GAP = 10;
  /** Text lines of the decision that always share the signature's page. */
  private static final int LINES_WITH_SIGNATURE = 2;

  public byte[] render(SkContent sk) {
    return render(sk, false);
  }

  /**
   * @param demo signed with a demo certificate: every page then says "DEMO — tidak sah"
   */
  public byte[] render(SkContent sk, boolean demo) {
    try (PdfLayout layout = new PdfLayout()) {
      kop(layout, sk);
      title(layout, sk);
      items(layout, "Menimbang", sk.menimbang(), true);
      items(layout, "Mengingat", sk.mengingat(), false);
      layout.skip(6);
      layout.centered("MEMUTUSKAN:", RIGHT - LEFT, BOLD, SIZE);
      layout.skip(4);
      List<TextLine> decision = new ArrayList<>();
      sk.diktum().forEach(diktum -> decision.addAll(diktum(diktum)));
      // The signature never stands alone: the last lines of the decision go with it if need be.
      layout.write(decision, SIGNATURE_GAP + signatureHeight(sk), LINES_WITH_SIGNATURE);
      signature(layout, sk);
      new VerificationFooter(sk.kodeVerifikasi(), sk.urlVerifikasi()).addTo(layout.document());
      if (demo) {
        new DemoMarker().addTo(layout.document());
      }
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

  private static List<TextLine> diktum(SkContent.Diktum diktum) {
    boolean menetapkan = diktum.label().equals("Menetapkan");
    List<TextLine> lines = new ArrayList<>();
    boolean first = true;
    for (String line : diktum.teks().split("\n")) {
      int bar = line.indexOf('|');
      if (bar < 0) {
        lines.addAll(TextLine.wrapped(line, BODY_X, RIGHT - BODY_X, first && menetapkan ? BOLD : REGULAR, SIZE));
      } else {
        lines.addAll(row(line.substring(0, bar).trim(), line.substring(bar + 1).trim()));
      }
      first = false;
    }
    if (lines.isEmpty()) {
      lines.add(new TextLine(List.of(), lineHeight(SIZE), false));
    }
    // The label stands on the first line of its text and is never left alone at a page's foot.
    lines.set(0, lines.get(0).withLeading(List.of(new TextLine.Piece(diktum.label(), LEFT, menetapkan ? REGULAR : BOLD,
        SIZE), new TextLine.Piece(":", COLON_X, REGULAR, SIZE))).keptWithNext());
    lines.add(TextLine.spacer(5));
    return lines;
  }

  /** "Nama            : Dewi Lestari", aligned inside a diktum. */
  private static List<TextLine> row(String label, String value) {
    float labelX = ITEM_X;
    float colonX = labelX + 140;
    List<TextLine> lines = new ArrayList<>(TextLine.wrapped(value, colonX + 8, RIGHT - colonX - 8, REGULAR, SIZE));
    if (lines.isEmpty()) {
      lines.add(new TextLine(List.of(), lineHeight(SIZE), false));
    }
    lines.set(0, lines.get(0).withLeading(List.of(new TextLine.Piece(label, labelX, REGULAR, SIZE),
        new TextLine.Piece(":", colonX, REGULAR, SIZE))));
    return lines;
  }

  /** The exact height of the signature block as {@link #signature} draws it, wrapped lines included. */
  private static float signatureHeight(SkContent sk) {
    float width = RIGHT - SIGNATURE_X;
    int lines = lineCount("Ditetapkan di " + sk.tempat(), REGULAR) + lineCount("pada tanggal " + sk.tanggal(), REGULAR)
        + lineCount(sk.namaPenandatangan(), BOLD) + (hasNip(sk) ? lineCount("NIP. " + sk.nipPenandatangan(), REGULAR) : 0);
    for (String line : sk.barisKewenangan()) {
      lines += lineCount(line, BOLD);
    }
    return lines * lineHeight(SIZE) + 6 + 4 + QR_SIZE + 6;
  }

  private static int lineCount(String text, PDFont font) {
    return PdfLayout.wrap(text, RIGHT - SIGNATURE_X, font, SIZE).size();
  }

  private static boolean hasNip(SkContent sk) {
    return sk.nipPenandatangan() != null && !sk.nipPenandatangan().isBlank();
  }

  private static void signature(PdfLayout layout, SkContent sk) throws IOException {
    float width = RIGHT - SIGNATURE_X;
    layout.skip(SIGNATURE_GAP);
    layout.ensureSpace(signatureHeight(sk));
    layout.paragraph("Ditetapkan di " + sk.tempat(), SIGNATURE_X, width, REGULAR, SIZE);
    layout.paragraph("pada tanggal " + sk.tanggal(), SIGNATURE_X, width, REGULAR, SIZE);
    layout.skip(6);
    for (String line : sk.barisKewenangan()) {
      layout.paragraph(line, SIGNATURE_X, width, BOLD, SIZE);
    }
    layout.skip(4);
    // The QR code stands where a wet signature would; the TTE itself is the PDF signature.
    PDImageXObject qr = QrCode.pdfImage(layout.document(), sk.urlVerifikasi(), 1);
    layout.image(qr, SIGNATURE_X, QR_SIZE);
    layout.skip(QR_SIZE + 6);
    layout.paragraph(sk.namaPenandatangan(), SIGNATURE_X, width, BOLD, SIZE);
    if (hasNip(sk)) {
      layout.paragraph("NIP. " + sk.nipPenandatangan(), SIGNATURE_X, width, REGULAR, SIZE);
    }
  }
}
