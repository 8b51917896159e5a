package id.meritflow.mutasi;

/**
 * POL-71-2: a regional agency may not replace officials from 6 months before the candidate
 * determination of its pilkada until the new head's inauguration without the Mendagri's written
 * approval; a replacement so approved must be reported within 7 working days.
 */
final class Pilkada71Policy implements AturanMutasi {

  static final String KODE = "POL-71-2";

  private final KebijakanMutasi kebijakan;

  Pilkada71Policy(KebijakanMutasi kebijakan) {
    this.kebijakan = kebijakan;
  }

  @Override
  public InfoAturan info() {
    return new InfoAturan(KODE, "Larangan penggantian pejabat menjelang pilkada", "UU 10/2016 Pasal 71 ayat (2)",
        "Instansi daerah, sejak " + kebijakan.pilkadaSebelumPenetapanCalonBulan()
            + " bulan sebelum penetapan pasangan calon sampai pelantikan kepala daerah baru: penggantian pejabat "
            + "memerlukan persetujuan tertulis Mendagri dan wajib dilaporkan paling lambat "
            + kebijakan.laporanPenggantianHariKerja() + " hari kerja.");
  }

  @Override
  public HasilPemeriksaan periksa(FaktaMutasi fakta) {
    String laporan = "Penggantian pejabat berdasarkan persetujuan ini wajib dilaporkan kepada Menteri Dalam Negeri paling lambat "
        + kebijakan.laporanPenggantianHariKerja() + " hari kerja.";
    Fakta f = Fakta.of().put("bulanSebelumPenetapanCalon", kebijakan.pilkadaSebelumPenetapanCalonBulan());
    HasilPemeriksaan hasil = PersetujuanMendagri.periksa(KODE, fakta,
        i -> JendelaPilkada.pasal71(i, kebijakan.pilkadaSebelumPenetapanCalonBulan()), f, " " + laporan);
    if (f.map().containsKey("instansiTerkena")) {
      // The reporting duty travels with the result so the process can schedule the report.
      f.put("kewajibanLaporan", laporan);
      return new HasilPemeriksaan(hasil.kode(), hasil.status(), f.map(), hasil.pesan(), hasil.ditandai());
    }
    return hasil;
  }
}
