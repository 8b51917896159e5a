package id.meritflow.penandatanganan.dokumen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * What a font says about each character, measured once and kept (the Latin ones when the metrics
 * are made, any other on first use): whether it can encode it, and its width. Both are fixed for a
 * font, and asking PDFBox again for every character of every candidate line made text layout a fifth
 * of an SK's signing time. The widths are PDFBox's own ({@link PDFont#getStringWidth} of the
 * character), added up in the same order as {@code getStringWidth} of the whole text adds them, so
 * every width, wrap and position is the same.
 * Only for fonts that live as long as the application (the layout's class constants).
 */
final class GlyphMetrics {

  /** Width stored for a character the font cannot encode: it is written as '?'. */
  private static final float NOT_ENCODABLE = Float.NaN;

  /**
   * Code points below this (Basic Latin, Latin-1, Latin Extended-A and -B: every letter of an
   * Indonesian name or text) are measured when the metrics are made and read from an array: a
   * concurrent map's lookup per character, with its boxing, was an eighth of rendering an SK with
   * five signing threads (docs/perf/kenaikan-pangkat.md, fourth session).
   */
  static final int TABLE = 0x250;

  private final PDFont font;
  private final float[] table;
  private final Map<Integer, Float> others = new ConcurrentHashMap<>();

  GlyphMetrics(PDFont font) {
    this.font = font;
    float[] measured = new float[TABLE];
    for (int cp = 0; cp < TABLE; cp++) {
      measured[cp] = measure(cp);
    }
    this.table = measured;
  }

  /** The text with every character the font cannot encode (e.g. CJK) replaced by '?'. */
  String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (encodable(cp)) {
        out.appendCodePoint(cp);
      } else {
        out.append('?');
      }
    });
    return out.toString();
  }

  /** {@code font.getStringWidth(safe(text))}, in glyph units (1/1000 of the size). */
  float width(String text) {
    float width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += glyph(encodable(cp) ? cp : '?');
      i += Character.charCount(cp);
    }
    return width;
  }

  private boolean encodable(int cp) {
    return !Float.isNaN(glyph(cp));
  }

  private float glyph(int cp) {
    if (cp < TABLE) {
      return table[cp];
    }
    return others.computeIfAbsent(cp, this::measure);
  }

  private float measure(int cp) {
    String ch = new String(Character.toChars(cp));
    try {
      font.encode(ch);
    } catch (IOException | IllegalArgumentException e) {
      return NOT_ENCODABLE;
    }
    try {
      return font.getStringWidth(ch);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
