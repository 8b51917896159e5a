package id.meritflow.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The application's compiled classes and resources as one jar, as the packaged application holds them,
 * directory entries included (Spring's classpath scanning of a jar needs them).
 */
final class ClassesJar {

  private ClassesJar() {}

  static Path write(Path classes, Path jar) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(p -> !p.equals(classes)).sorted().toList();
    }
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
      for (Path f : files) {
        String name = classes.relativize(f).toString().replace('\\', '/');
        if (Files.isDirectory(f)) {
          zip.putNextEntry(new JarEntry(name + "/"));
        } else {
          zip.putNextEntry(new JarEntry(name));
          Files.copy(f, zip);
        }
        zip.closeEntry();
      }
    }
    return jar.toAbsolutePath();
  }
}
