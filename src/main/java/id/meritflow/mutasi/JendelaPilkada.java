package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.TingkatInstansi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A period in which a regional agency may not replace officials without the Mendagri's written
 * approval (UU 10/2016). Both ends are inclusive; {@code sampai} is empty while the end is not
 * yet known (the new head not yet inaugurated), and then the window stays open.
 */
record JendelaPilkada(Instansi instansi, LocalDate mulai, Optional<LocalDate> sampai) {

  boolean mencakup(LocalDate tanggal) {
    return !tanggal.isBefore(mulai) && sampai.map(s -> !tanggal.isAfter(s)).orElse(true);
  }

  String uraian() {
    return mulai + " s.d. " + sampai.map(LocalDate::toString).orElse("pelantikan kepala daerah baru (belum tercatat)");
  }

  /**
   * Pasal 71(2): from N months before the candidate determination to the day before the new
   * head's inauguration (the old head's term ends when the new one is inaugurated; from that day
   * Pasal 162(3) takes over). An inauguration dated before the candidate determination belongs to
   * the previous term, so the end is then unknown.
   */
  static Optional<JendelaPilkada> pasal71(Instansi i, int bulanSebelum) {
    if (!daerah(i) || i.tanggalPenetapanCalon() == null) {
      return Optional.empty();
    }
    LocalDate pelantikan = i.tanggalPelantikanKepalaDaerah();
    Optional<LocalDate> sampai = pelantikan != null && pelantikan.isAfter(i.tanggalPenetapanCalon())
        ? Optional.of(pelantikan.minusDays(1)) : Optional.empty();
    return Optional.of(new JendelaPilkada(i, i.tanggalPenetapanCalon().minusMonths(bulanSebelum), sampai));
  }

  /** Pasal 162(3): from the inauguration day to the day before its N-month anniversary. */
  static Optional<JendelaPilkada> pasal162(Instansi i, int bulanSesudah) {
    if (!daerah(i) || i.tanggalPelantikanKepalaDaerah() == null) {
      return Optional.empty();
    }
    LocalDate pelantikan = i.tanggalPelantikanKepalaDaerah();
    return Optional.of(new JendelaPilkada(i, pelantikan, Optional.of(pelantikan.plusMonths(bulanSesudah).minusDays(1))));
  }

  static boolean daerah(Instansi i) {
    return i.tingkat() == TingkatInstansi.PROVINSI || i.tingkat() == TingkatInstansi.KABUPATEN_KOTA;
  }

  /** The source agency, and the target when it is another agency. */
  static List<Instansi> instansiTerlibat(FaktaMutasi fakta) {
    List<Instansi> semua = new ArrayList<>(List.of(fakta.instansiAsal()));
    if (!fakta.instansiTujuan().id().equals(fakta.instansiAsal().id())) {
      semua.add(fakta.instansiTujuan());
    }
    return semua;
  }
}
