package id.meritflow.rekomendasi;

import id.meritflow.rekomendasi.domain.KotakTalenta;
import id.meritflow.rekomendasi.domain.Kontribusi;
import java.math.BigDecimal;
import java.util.List;

/**
 * An employee's talent profile against the current position: 9-box cell, the talent pool of the
 * position family and courses for the factors with a gap.
 */
public record ProfilTalenta(String nip, String jabatanId, String rumpun, String kelompokTalenta, KotakTalenta kotak,
    BigDecimal skorKecocokan, List<Kontribusi> kontribusi, List<RekomendasiPelatihan> rekomendasiPelatihan) {

  /** A recommended course and the gap it answers. */
  public record RekomendasiPelatihan(Pelatihan pelatihan, String alasan) {}
}
