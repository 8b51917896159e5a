package id.meritflow.penandatanganan.dokumen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A top-down writing cursor over A4 pages: wraps text to a width and starts a new page when the
 * space runs out. Uses the standard Times fonts (WinAnsi), which cover Indonesian text; any
 * character outside WinAnsi is replaced rather than failing a signing.
 */
final class PdfLayout implements AutoCloseable {

  static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
  static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
  /** The fonts' encodable characters and widths, learnt once (they never change). */
  private static final Map<PDFont, GlyphMetrics> METRICS = Map.of(REGULAR, new GlyphMetrics(REGULAR),
      BOLD, new GlyphMetrics(BOLD));
  static final float SIZE = 11f;
  static final float LEADING = 1.25f;
  static final float LEFT = 70;
  static final float RIGHT = PDRectangle.A4.getWidth() - 57;
  static final float TOP = PDRectangle.A4.getHeight() - 45;
  static final float BOTTOM = 85; // room for the verification footer

  private final PDDocument document = new PDDocument();
  private PDPageContentStream content;
  private float y;

  PdfLayout() {
    newPage();
  }

  PDDocument document() {
    return document;
  }

  float y() {
    return y;
  }

  void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = TOP;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a new page unless {@code height} points still fit on this one. */
  void ensureSpace(float height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  void skip(float points) {
    y -= points;
  }

  static float lineHeight(float size) {
    return size * LEADING;
  }

  /** Writes one line at x on the current baseline, without moving down. */
  void text(String text, float x, PDFont font, float size) {
    try {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, y - size);
      content.showText(safe(text, font));
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes text wrapped into [x, x + width], moving down line by line. */
  void paragraph(String text, float x, float width, PDFont font, float size) {
    for (String line : wrap(text, width, font, size)) {
      ensureSpace(lineHeight(size));
      text(line, x, font, size);
      y -= lineHeight(size);
    }
  }

  /** Writes text centred between the margins, wrapped to {@code width}. */
  void centered(String text, float width, PDFont font, float size) {
    for (String line : wrap(text, width, font, size)) {
      ensureSpace(lineHeight(size));
      float center = (LEFT + RIGHT) / 2;
      text(line, center - width(line, font, size) / 2, font, size);
      y -= lineHeight(size);
    }
  }

  /**
   * Writes planned lines; the block of {@code following} points drawn next will share its page with
   * at least the last {@code tail} text lines.
   */
  void write(List<TextLine> lines, float following, int tail) {
    Set<Integer> breaks = new PageBreaks(TOP, BOTTOM).plan(lines, y, following, tail);
    for (int i = 0; i < lines.size(); i++) {
      if (breaks.contains(i) && y < TOP) {
        newPage();
      }
      for (TextLine.Piece piece : lines.get(i).pieces()) {
        text(piece.text(), piece.x(), piece.font(), piece.size());
      }
      y -= lines.get(i).height();
    }
  }

  void line(float x1, float x2, float lineWidth) {
    try {
      content.setLineWidth(lineWidth);
      content.moveTo(x1, y);
      content.lineTo(x2, y);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Draws an image with its top-left corner at (x, current y). */
  void image(PDImageXObject image, float x, float size) {
    try {
      content.drawImage(image, x, y - size, size, size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits text into lines of at most {@code width}, breaking only at spaces. A single word wider
   * than the line is the one exception: it is cut where it reaches the margin, since it would
   * otherwise run off the page.
   */
  static List<String> wrap(String text, float width, PDFont font, float size) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(candidate, font, size) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (width(rest, font, size) > width) {
        int cut = longestPrefixThatFits(rest, width, font, size);
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** At least one character, so that a too-narrow width still makes progress. */
  private static int longestPrefixThatFits(String word, float width, PDFont font, float size) {
    int cut = 1;
    while (cut < word.length() && width(word.substring(0, cut + 1), font, size) <= width) {
      cut++;
    }
    return Character.isHighSurrogate(word.charAt(cut - 1)) && cut < word.length() ? cut + 1 : cut;
  }

  static float width(String text, PDFont font, float size) {
    if (METRICS.containsKey(font)) {
      return METRICS.get(font).width(text) / 1000 * size;
    }
    try {
      return font.getStringWidth(safe(text, font)) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces characters the standard font cannot encode (e.g. CJK) with '?'. */
  static String safe(String text, PDFont font) {
    return (METRICS.containsKey(font) ? METRICS.get(font) : new GlyphMetrics(font)).safe(text);
  }

  byte[] toBytes() {
    try {
      content.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    document.close();
  }
}
