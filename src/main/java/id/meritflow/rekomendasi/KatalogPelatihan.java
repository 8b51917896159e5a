package id.meritflow.rekomendasi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.rekomendasi.domain.Faktor;
import id.meritflow.rekomendasi.domain.RumpunJabatan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;

/** The training catalogue shipped as data; read once at start-up, a broken file stops the start. */
@Component
class KatalogPelatihan {

  static final String LOKASI = "/rekomendasi/katalog-pelatihan.json";

  private final List<Pelatihan> pelatihan;

  KatalogPelatihan(ObjectMapper json) {
    this.pelatihan = baca(json);
  }

  static List<Pelatihan> baca(ObjectMapper json) {
    try (InputStream in = KatalogPelatihan.class.getResourceAsStream(LOKASI)) {
      if (in == null) {
        throw new IllegalStateException("Katalog pelatihan tidak ditemukan: " + LOKASI);
      }
      return List.copyOf(json.readValue(in, new TypeReference<List<Pelatihan>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException("Katalog pelatihan tidak dapat dibaca", e);
    }
  }

  /** Courses closing a gap in this factor; field-specific ones only for the given family. */
  List<Pelatihan> untuk(Faktor faktor, RumpunJabatan rumpun) {
    return pelatihan.stream().filter(p -> p.faktor() == faktor && (p.rumpun() == null || p.rumpun() == rumpun)).toList();
  }

  List<Pelatihan> semua() {
    return pelatihan;
  }
}
