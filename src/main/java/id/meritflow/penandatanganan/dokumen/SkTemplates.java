package id.meritflow.penandatanganan.dokumen;

import id.meritflow.penandatanganan.domain.JenisSk;
import id.meritflow.penandatanganan.domain.SkTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** Loads the template of every type from {@code classpath:sk/templates/<type>.properties} once. */
public final class SkTemplates {

  private final Map<JenisSk, SkTemplate> templates = new EnumMap<>(JenisSk.class);

  public SkTemplates() {
    for (JenisSk jenis : JenisSk.values()) {
      String path = "sk/templates/" + jenis.templateName() + ".properties";
      try (InputStream in = SkTemplates.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("template SK tidak ditemukan: " + path);
        }
        templates.put(jenis, SkTemplate.parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public SkTemplate forType(JenisSk jenis) {
    return templates.get(jenis);
  }
}
