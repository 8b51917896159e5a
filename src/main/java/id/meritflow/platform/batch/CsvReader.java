package id.meritflow.platform.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV as spreadsheets in Indonesia write it: the separator is {@code ;} (Excel with the
 * Indonesian locale, where {@code ,} is the decimal mark) or {@code ,}, told apart on the header
 * line; double quotes as in RFC 4180; a UTF-8 byte-order mark is ignored. The header names the
 * row type's JSON properties. No CSV library is on the classpath, and this much is small.
 */
final class CsvReader {

  private CsvReader() {}

  /** One map per data line (header → cell; empty cells are left out), in file order. */
  static List<Map<String, String>> read(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char separator = separatorOf(body);
    List<List<String>> lines = split(body, separator);
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> header = lines.get(0).stream().map(String::trim).toList();
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> cells : lines.subList(1, lines.size())) {
      if (cells.stream().allMatch(String::isBlank)) {
        continue; // trailing empty lines of spreadsheet exports
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < Math.min(header.size(), cells.size()); i++) {
        String cell = cells.get(i).trim();
        if (!cell.isEmpty() && !header.get(i).isEmpty()) {
          row.put(header.get(i), cell);
        }
      }
      rows.add(row);
    }
    return rows;
  }

  /** The separator that occurs more often outside quotes on the header line. */
  static char separatorOf(String text) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length() && text.charAt(i) != '\n'; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    return semicolons >= commas && semicolons > 0 ? ';' : ',';
  }

  private static List<List<String>> split(String text, char separator) {
    List<List<String>> lines = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int quoteOpenedOnLine = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        quoteOpenedOnLine = lines.size() + 1;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        lines.add(cells);
        cells = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      // An unclosed quote would swallow every later line into one cell: refuse the file instead.
      throw BatchBody.refused("CSV_TIDAK_VALID", "Tanda kutip (\") yang dibuka pada baris " + quoteOpenedOnLine
          + " tidak pernah ditutup; periksa berkas CSV.");
    }
    if (cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      lines.add(cells);
    }
    return lines;
  }
}
