package id.meritflow.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The curl commands in the fenced code blocks of README.md and docs/**.md, in reading order. */
final class CurlExamples {

  /** Put on the line before a code block whose curl commands must not run (e.g. a production host). */
  static final String TIDAK_DIJALANKAN = "<!-- curl: tidak dijalankan -->";

  /** One command, its continued lines (backslash, or an open quote) joined as bash joins them. */
  record Curl(String file, int line, String command, boolean skipped) {}

  private CurlExamples() {}

  static List<Curl> in(Path root) throws IOException {
    List<Path> files = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted(Comparator.comparing(Path::toString)).forEach(files::add);
    }
    List<Curl> found = new ArrayList<>();
    for (Path file : files) {
      found.addAll(parse(root.relativize(file).toString().replace('\\', '/'), Files.readAllLines(file)));
    }
    return found;
  }

  static List<Curl> parse(String file, List<String> lines) {
    List<Curl> found = new ArrayList<>();
    String fence = null;
    boolean skipped = false;
    String previous = "";
    StringBuilder command = null;
    Shell quotes = new Shell();
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String trimmed = line.strip();
      if (fence == null) {
        if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
          fence = trimmed.substring(0, 3);
          skipped = previous.equals(TIDAK_DIJALANKAN);
        }
        if (!trimmed.isEmpty()) {
          previous = trimmed;
        }
        continue;
      }
      if (command == null && trimmed.startsWith(fence)) {
        fence = null;
        previous = trimmed;
        continue;
      }
      if (command == null) {
        if (!trimmed.startsWith("curl ")) {
          continue;
        }
        command = new StringBuilder();
        quotes = new Shell();
        start = i + 1;
      }
      Shell.Line end = quotes.read(line);
      if (end == Shell.Line.CONTINUED) {
        command.append(line, 0, line.length() - 1);
        continue;
      }
      command.append(line);
      if (end == Shell.Line.IN_QUOTES) {
        command.append('\n');
        continue;
      }
      found.add(new Curl(file, start, command.toString().strip(), skipped));
      command = null;
    }
    return found;
  }
}
