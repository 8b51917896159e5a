package id.meritflow.docs;

/**
 * Just enough of bash's quoting to tell where a command of several lines ends: inside '…', "…"
 * or $'…' a line break belongs to the word; outside them a final backslash joins the next line.
 */
final class Shell {

  enum Line { COMPLETE, CONTINUED, IN_QUOTES }

  private enum Quote { NONE, SINGLE, DOUBLE, ANSI_C }

  private Quote quote = Quote.NONE;

  /** Reads one more line of the command and tells how it ends. */
  Line read(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (quote) {
        case NONE -> {
          if (c == '\\') {
            if (i == line.length() - 1) {
              return Line.CONTINUED;
            }
            i++;
          } else if (c == '\'') {
            quote = Quote.SINGLE;
          } else if (c == '"') {
            quote = Quote.DOUBLE;
          } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
            quote = Quote.ANSI_C;
            i++;
          }
        }
        case SINGLE -> {
          if (c == '\'') {
            quote = Quote.NONE;
          }
        }
        case DOUBLE, ANSI_C -> {
          if (c == '\\') {
            i++;
          } else if ((quote == Quote.DOUBLE && c == '"') || (quote == Quote.ANSI_C && c == '\'')) {
            quote = Quote.NONE;
          }
        }
      }
    }
    return quote == Quote.NONE ? Line.COMPLETE : Line.IN_QUOTES;
  }
}
