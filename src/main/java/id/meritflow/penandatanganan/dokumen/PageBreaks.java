package id.meritflow.penandatanganan.dokumen;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans where a list of lines breaks across pages, before they are drawn. Besides the ordinary
 * breaks it keeps a following block (the signature) from standing alone on a page: when the block
 * would not fit after the last line, the last lines move to the next page with it.
 */
final class PageBreaks {

  private final float top;
  private final float bottom;

  PageBreaks(float top, float bottom) {
    this.top = top;
    this.bottom = bottom;
  }

  /**
   * @param fromY the cursor where the first line starts
   * @param following height of the block that comes right after the lines
   * @param tail how many text lines, at least, share the page of that block
   * @return indices of the lines that start a new page
   */
  Set<Integer> plan(List<TextLine> lines, float fromY, float following, int tail) {
    TreeSet<Integer> breaks = new TreeSet<>();
    float end = place(lines, fromY, breaks);
    if (end - following >= bottom) {
      return breaks;
    }
    int moveFrom = startOfTail(lines, tail);
    int lastBreak = breaks.isEmpty() ? -1 : breaks.last();
    // Lines after the last break already start their page: they stay there.
    if (moveFrom > lastBreak) {
      breaks.add(moveFrom);
    }
    return breaks;
  }

  /** The ordinary breaks: a text line goes to a new page when it (and a line it keeps with) does not fit. */
  private float place(List<TextLine> lines, float fromY, Set<Integer> breaks) {
    float y = fromY;
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      float needed = line.height() + (line.keepWithNext() && i + 1 < lines.size() ? lines.get(i + 1).height() : 0);
      // A spacer never opens a page: it would leave the next block with nothing above it.
      if (line.hasText() && y - needed < bottom && y < top) {
        breaks.add(i);
        y = top;
      }
      y -= line.height();
    }
    return y;
  }

  /** Index of the first of the last {@code tail} text lines (spacers do not count). */
  private static int startOfTail(List<TextLine> lines, int tail) {
    int counted = 0;
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).hasText() && ++counted == tail) {
        return keptLabel(lines, i);
      }
    }
    return 0;
  }

  /** Moves along the line before when that one must stay with it (a label with its first line). */
  private static int keptLabel(List<TextLine> lines, int index) {
    int i = index;
    while (i > 0 && lines.get(i - 1).keepWithNext()) {
      i--;
    }
    return i;
  }
}
