package id.meritflow.kalender.file;

import id.meritflow.kalender.DaftarHariLibur;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the years: first the files shipped in the jar, then the admin directory, whose file for
 * a year replaces the shipped one whole (a partial merge would leave an admin unsure which dates
 * count). Every file is validated here, at start-up.
 */
public final class HariLiburSources {

  private static final Logger LOG = LoggerFactory.getLogger(HariLiburSources.class);
  private static final Pattern NAMA_BERKAS = Pattern.compile("hari-libur-(\\d{4})\\.json");

  private HariLiburSources() {}

  /**
   * @param shipped the {@code hari-libur-YYYY.json} resources inside the application
   * @param adminDirectory the directory an admin fills; absent is fine
   * @return the years, each from the source that won
   */
  public static Map<Integer, DaftarHariLibur> load(List<URL> shipped, Path adminDirectory) {
    Map<Integer, DaftarHariLibur> years = new TreeMap<>();
    for (URL url : shipped) {
      String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
      year(name).ifPresent(tahun -> years.put(tahun, read(url.toString(), tahun, url)));
    }
    for (Path file : adminFiles(adminDirectory)) {
      int tahun = year(file.getFileName().toString()).orElseThrow();
      DaftarHariLibur daftar = read(file.toString(), tahun, file);
      DaftarHariLibur replaced = years.put(tahun, daftar);
      LOG.info("Kalender {}: memakai {} ({} hari libur){}", tahun, file, daftar.hariLibur().size(),
          replaced == null ? "" : ", menggantikan data bawaan");
    }
    return years;
  }

  private static List<Path> adminFiles(Path directory) {
    if (directory == null || !Files.isDirectory(directory)) {
      LOG.info("Direktori kalender admin {} tidak ada; hanya data hari libur bawaan yang dipakai", directory);
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> year(file.getFileName().toString()).isPresent()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Direktori kalender tidak dapat dibaca: " + directory, e);
    }
  }

  private static Optional<Integer> year(String fileName) {
    Matcher matcher = NAMA_BERKAS.matcher(fileName);
    return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
  }

  private static DaftarHariLibur read(String berkas, int tahun, URL url) {
    try (InputStream in = url.openStream()) {
      return HariLiburFileReader.read(berkas, tahun, in);
    } catch (IOException e) {
      throw new UncheckedIOException("Berkas hari libur tidak dapat dibaca: " + berkas, e);
    }
  }

  private static DaftarHariLibur read(String berkas, int tahun, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return HariLiburFileReader.read(berkas, tahun, in);
    } catch (IOException e) {
      throw new UncheckedIOException("Berkas hari libur tidak dapat dibaca: " + berkas, e);
    }
  }
}
