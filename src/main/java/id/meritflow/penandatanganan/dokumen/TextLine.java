package id.meritflow.penandatanganan.dokumen;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One line of the body before it is placed on a page: pieces of text on a common baseline (e.g.
 * "KESATU", ":" and the first words of the article) and the height it takes. Lines are laid out as
 * a list so that the page breaks can be planned before anything is drawn.
 *
 * @param keepWithNext true when a page must not end after this line (a label and its first line)
 */
record TextLine(List<Piece> pieces, float height, boolean keepWithNext) {

  record Piece(String text, float x, PDFont font, float size) {}

  TextLine {
    pieces = List.copyOf(pieces);
  }

  /** Vertical space without text. */
  static TextLine spacer(float height) {
    return new TextLine(List.of(), height, false);
  }

  /** Text wrapped into [x, x + width], one line per wrapped line. */
  static List<TextLine> wrapped(String text, float x, float width, PDFont font, float size) {
    List<TextLine> lines = new ArrayList<>();
    for (String line : PdfLayout.wrap(text, width, font, size)) {
      lines.add(new TextLine(List.of(new Piece(line, x, font, size)), PdfLayout.lineHeight(size), false));
    }
    return lines;
  }

  boolean hasText() {
    return !pieces.isEmpty();
  }

  /** This line with more pieces in front, e.g. a label left of the first line of its text. */
  TextLine withLeading(List<Piece> leading) {
    List<Piece> all = new ArrayList<>(leading);
    all.addAll(pieces);
    return new TextLine(all, height, keepWithNext);
  }

  TextLine keptWithNext() {
    return new TextLine(pieces, height, true);
  }
}
