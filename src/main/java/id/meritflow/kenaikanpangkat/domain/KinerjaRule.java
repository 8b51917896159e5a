package id.meritflow.kenaikanpangkat.domain;

import id.meritflow.kepegawaian.Kinerja;
import id.meritflow.kepegawaian.PredikatKinerja;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * KP-KINERJA: the required predikat in each of the last N SKP years. An SKP year is a calendar
 * year rated after it ends, so the years judged are the N full years before the submission date.
 * Prestasi luar biasa also needs BKN to verify the achievement (PERLU_VERIFIKASI).
 */
final class KinerjaRule implements AturanKp {

  static final String KODE = "KP-KINERJA";

  @Override public String kode() { return KODE; }
  @Override public String nama() { return "Predikat kinerja"; }
  @Override public String dasarHukum() { return "PP 30/2019; PermenPANRB 6/2022; PP 99/2000"; }

  @Override
  public HasilAturanKp periksa(FaktaKp f) {
    SyaratJenisKp syarat = f.syarat();
    PredikatKinerja minimum = syarat.predikatMinimum();
    Catatan c = new Catatan().put("predikatMinimum", minimum.label()).put("jumlahTahun", syarat.tahunKinerja());
    List<String> kurang = new ArrayList<>();
    int tahunAkhir = f.tanggalPengajuan().getYear() - 1;
    for (int tahun = tahunAkhir - syarat.tahunKinerja() + 1; tahun <= tahunAkhir; tahun++) {
      final int t = tahun;
      Optional<Kinerja> k = f.profil().kinerja().stream().filter(x -> x.tahun() == t).findFirst();
      c.put("predikat" + tahun, k.map(x -> x.predikat().label()).orElse("belum tercatat"));
      if (k.isEmpty()) {
        kurang.add("predikat kinerja tahun " + tahun + " belum tercatat");
      } else if (!memenuhi(k.get().predikat(), minimum)) {
        kurang.add("predikat kinerja tahun " + tahun + " " + k.get().predikat().label());
      }
    }
    if (!kurang.isEmpty()) {
      return c.hasil(KODE, StatusAturanKp.GAGAL, "Kinerja belum memenuhi syarat (minimal " + minimum.label()
          + "): " + String.join("; ", kurang) + ".");
    }
    if (syarat.perluVerifikasi(SyaratJenisKp.PRESTASI)) {
      return c.hasil(KODE, StatusAturanKp.PERLU_VERIFIKASI, "Predikat kinerja memenuhi syarat; bukti prestasi luar "
          + "biasa harus diverifikasi verifikator BKN sebelum pertek.");
    }
    return c.hasil(KODE, StatusAturanKp.LULUS, "Predikat kinerja " + syarat.tahunKinerja()
        + " tahun terakhir sekurang-kurangnya " + minimum.label() + ".");
  }

  /** Predikat are ordered best first, so "at least" means "not after" in that order. */
  private static boolean memenuhi(PredikatKinerja predikat, PredikatKinerja minimum) {
    return predikat.ordinal() <= minimum.ordinal();
  }
}
