package id.meritflow.rekomendasi;

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

  public KelompokTalenta {
    anggota = List.copyOf(anggota);
  }
}
