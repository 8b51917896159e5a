package id.meritflow.mutasi;

/**
 * POL-162-3: a regional head may not replace officials within 6 months of his inauguration
 * without the Mendagri's written approval.
 */
final class Pilkada162Policy implements AturanMutasi {

  static final String KODE = "POL-162-3";

  private final KebijakanMutasi kebijakan;

  Pilkada162Policy(KebijakanMutasi kebijakan) {
    this.kebijakan = kebijakan;
  }

  @Override
  public InfoAturan info() {
    return new InfoAturan(KODE, "Larangan penggantian pejabat sesudah pelantikan", "UU 10/2016 Pasal 162 ayat (3)",
        "Instansi daerah, dalam " + kebijakan.pilkadaSetelahPelantikanBulan()
            + " bulan sejak pelantikan kepala daerah: penggantian pejabat memerlukan persetujuan tertulis Mendagri.");
  }

  @Override
  public HasilPemeriksaan periksa(FaktaMutasi fakta) {
    Fakta f = Fakta.of().put("bulanSesudahPelantikan", kebijakan.pilkadaSetelahPelantikanBulan());
    return PersetujuanMendagri.periksa(KODE, fakta,
        i -> JendelaPilkada.pasal162(i, kebijakan.pilkadaSetelahPelantikanBulan()), f, "");
  }
}
