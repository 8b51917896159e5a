package id.meritflow.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The designers' model files under the top-level {@code processes/} folder, found at test time. */
final class ProcessModels {

  static final Path PROCESSES = Path.of("processes");

  static List<Path> bpmn() {
    return withSuffix(".bpmn");
  }

  static List<Path> dmn() {
    return withSuffix(".dmn");
  }

  private static List<Path> withSuffix(String suffix) {
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      // .camunda/ holds Modeler's element templates, which are not deployed
      return files.filter(f -> f.toString().endsWith(suffix) && !f.toString().contains(".camunda"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + PROCESSES.toAbsolutePath(), e);
    }
  }

  private ProcessModels() {}
}
