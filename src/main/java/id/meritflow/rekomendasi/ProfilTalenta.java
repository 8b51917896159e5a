package id.meritflow.rekomendasi;

import com.fasterxml.jackson.annotation.JsonProperty;
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

  /** The regulation the 9-box and the pools follow, shown with every answer. */
  @JsonProperty("dasarHukum")
  public String dasarHukum() {
    return KotakTalenta.DASAR_HUKUM;
  }

  /** A recommended course and the gap it answers. */
  public record RekomendasiPelatihan(Pelatihan pelatihan, String alasan) {}
}
