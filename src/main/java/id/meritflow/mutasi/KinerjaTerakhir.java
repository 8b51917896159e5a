package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Kinerja;
import id.meritflow.kepegawaian.PegawaiProfil;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Predikat at least Baik in each of the last N years": the N full calendar years before the
 * evaluation date (an SKP year is a calendar year, so the running year never counts).
 */
final class KinerjaTerakhir {

  private KinerjaTerakhir() {}

  /** The years judged, oldest first. */
  static List<Integer> tahunDinilai(LocalDate pada, int jumlahTahun) {
    List<Integer> tahun = new ArrayList<>();
    for (int i = jumlahTahun; i >= 1; i--) {
      tahun.add(pada.getYear() - i);
    }
    return tahun;
  }

  /** Writes one fact per year and returns the shortfalls, as sentences, oldest year first. */
  static List<String> kekurangan(PegawaiProfil profil, LocalDate pada, int jumlahTahun, Fakta fakta) {
    List<String> kurang = new ArrayList<>();
    for (int tahun : tahunDinilai(pada, jumlahTahun)) {
      Optional<Kinerja> kinerja = profil.kinerja().stream().filter(k -> k.tahun() == tahun).findFirst();
      fakta.put("predikat" + tahun, kinerja.map(k -> k.predikat().label()).orElse("belum tercatat"));
      if (kinerja.isEmpty()) {
        kurang.add("predikat kinerja tahun " + tahun + " belum tercatat");
      } else if (!kinerja.get().predikat().setidaknyaBaik()) {
        kurang.add("predikat kinerja tahun " + tahun + " " + kinerja.get().predikat().label() + ", di bawah Baik");
      }
    }
    return kurang;
  }
}
