package id.meritflow.notifikasi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Indonesian texts, one file per kind in {@code notifikasi/templat/} (first line
 * {@code Subjek: …}, then the body), with {@code {{nama}}} placeholders. Kept out of the code so
 * the wording can be changed without touching Java; a placeholder with no value is left empty.
 */
@Component
class TemplatPesan {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

  record Teks(String subjek, String isi) {}

  private final Map<JenisNotifikasi, Teks> templat = new EnumMap<>(JenisNotifikasi.class);

  TemplatPesan() {
    for (JenisNotifikasi jenis : JenisNotifikasi.values()) {
      templat.put(jenis, baca(jenis));
    }
  }

  Teks isi(JenisNotifikasi jenis, Map<String, String> nilai) {
    Teks t = templat.get(jenis);
    return new Teks(ganti(t.subjek(), nilai), ganti(t.isi(), nilai));
  }

  private static String ganti(String text, Map<String, String> nilai) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(nilai.getOrDefault(m.group(1), "")));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Teks baca(JenisNotifikasi jenis) {
    var resource = new ClassPathResource("notifikasi/templat/" + jenis.templat() + ".txt");
    try (var in = resource.getInputStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      int eol = text.indexOf('\n');
      String first = eol < 0 ? text : text.substring(0, eol);
      if (!first.startsWith("Subjek:")) {
        throw new IllegalStateException(resource.getPath() + " harus diawali baris \"Subjek: …\"");
      }
      return new Teks(first.substring("Subjek:".length()).trim(), eol < 0 ? "" : text.substring(eol + 1).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("Templat notifikasi tidak ditemukan: " + resource.getPath(), e);
    }
  }
}
