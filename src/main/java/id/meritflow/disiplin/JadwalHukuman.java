package id.meritflow.disiplin;

import id.meritflow.kepegawaian.JenisHukuman;
import java.time.LocalDate;
import java.util.Optional;

/**
 * DIS-PENYAMPAIAN and the penalty's term: a decision takes effect on day {@code berlakuHariKe}
 * after the employee received it; sedang and the timed berat penalties run for their months from
 * then. Ringan penalties and dismissal have no end date.
 */
public record JadwalHukuman(int berlakuHariKe) {

  public LocalDate tmt(LocalDate diterima) {
    return diterima.plusDays(berlakuHariKe);
  }

  public Optional<LocalDate> akhir(JenisHukuman jenis, LocalDate tmt) {
    return switch (jenis) {
      case POTONGAN_TUKIN_25_6 -> Optional.of(tmt.plusMonths(6));
      case POTONGAN_TUKIN_25_9 -> Optional.of(tmt.plusMonths(9));
      case POTONGAN_TUKIN_25_12, PENURUNAN_JABATAN_12, PEMBEBASAN_JABATAN_12 -> Optional.of(tmt.plusMonths(12));
      case TEGURAN_LISAN, TEGURAN_TERTULIS, PERNYATAAN_TIDAK_PUAS, PDH_TAPS -> Optional.empty();
    };
  }
}
