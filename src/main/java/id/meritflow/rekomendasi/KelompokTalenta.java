package id.meritflow.rekomendasi;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.meritflow.rekomendasi.domain.KotakTalenta;
import java.math.BigDecimal;
import java.util.List;

/**
 * The talent pool of a position family: employees whose 9-box cell against their current position
 * is 7, 8 or 9 (promotion candidates), best box first.
 *
 * @param instansiId the agency, or null for the national pool
 */
public record KelompokTalenta(String rumpun, String instansiId, int jumlahDinilai, List<Anggota> anggota) {

  /** A member of the pool. */
  public record Anggota(String nip, String instansiId, String jabatanId, KotakTalenta kotak, BigDecimal skorKecocokan) {}

  /** The regulation the 9-box and the pools follow, shown with every answer. */
  @JsonProperty("dasarHukum")
  public String dasarHukum() {
    return KotakTalenta.DASAR_HUKUM;
  }

  public KelompokTalenta {
    anggota = List.copyOf(anggota);
  }
}
