package id.meritflow.kenaikanpangkat.domain;

/**
 * KP-PERIODE: the proposal was submitted while its monthly period was open; the TMT is that period's
 * 1st. A row asking for another TMT is refused at intake (TMT_TIDAK_SESUAI_PERIODE).
 */
final class PeriodeRule implements AturanKp {

  static final String KODE = "KP-PERIODE";

  @Override public String kode() { return KODE; }
  @Override public String nama() { return "Periode kenaikan pangkat"; }
  @Override public String dasarHukum() { return "Peraturan BKN 4/2025 (12 periode setahun, TMT tanggal 1 setiap bulan, berlaku sejak 1 Oktober 2025)"; }

  @Override
  public HasilAturanKp periksa(FaktaKp f) {
    var kalender = f.kalender();
    var periode = f.periode();
    Catatan c = new Catatan().put("periode", periode.kode()).put("tmt", periode.tmt())
        .put("dibuka", kalender.dibuka(periode)).put("batasPengajuan", kalender.batasPengajuan(periode))
        .put("tanggalPengajuan", f.tanggalPengajuan());
    return switch (kalender.status(periode, f.tanggalPengajuan())) {
      case TERBUKA -> c.hasil(KODE, StatusAturanKp.LULUS, "Diajukan dalam periode " + periode.nama()
          + " yang terbuka; TMT " + Catatan.tanggal(periode.tmt()) + ".");
      case BELUM_DIBUKA -> c.hasil(KODE, StatusAturanKp.GAGAL, "Periode " + periode.nama() + " belum dibuka; "
          + "pengajuan dibuka mulai " + Catatan.tanggal(kalender.dibuka(periode)) + ".");
      case DITUTUP -> c.hasil(KODE, StatusAturanKp.GAGAL, "Periode " + periode.nama() + " sudah ditutup pada "
          + Catatan.tanggal(kalender.batasPengajuan(periode)) + "; ajukan pada periode berikutnya yang terbuka.");
    };
  }
}
