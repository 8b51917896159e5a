package id.meritflow.kenaikanpangkat;

import id.meritflow.kenaikanpangkat.domain.HasilAturanKp;
import id.meritflow.kenaikanpangkat.domain.RuteKp;
import id.meritflow.kenaikanpangkat.domain.StatusAturanKp;
import id.meritflow.kepegawaian.Golongan;
import java.util.List;
import java.util.Optional;

/**
 * The screening of one proposal: its conclusion, every rule's result, and what the SK needs.
 *
 * @param masaKerja masa kerja golongan on the TMT, counted from the CPNS TMT, e.g. "12 tahun 3 bulan"
 */
public record HasilPemeriksaanKp(StatusAturanKp kesimpulan, List<HasilAturanKp> hasil, String instansiId,
    Golongan golonganAsal, Optional<Golongan> golonganTujuan, RuteKp rute, String masaKerja) {

  /** One line per rule, e.g. "GAGAL — KP-KINERJA: Kinerja belum memenuhi syarat …", for forms. */
  public String ringkasan() {
    StringBuilder text = new StringBuilder();
    hasil.forEach(h -> text.append(h.status()).append(" — ").append(h.kode()).append(": ").append(h.pesan()).append('\n'));
    return text.toString().strip();
  }
}
