package id.meritflow.mutasi;

import java.util.List;

/** MUT-KINERJA: predikat at least Baik in each of the last 2 full years; a missing year fails. */
final class KinerjaPolicy implements AturanMutasi {

  static final String KODE = "MUT-KINERJA";

  private final KebijakanMutasi kebijakan;

  KinerjaPolicy(KebijakanMutasi kebijakan) {
    this.kebijakan = kebijakan;
  }

  @Override
  public InfoAturan info() {
    return new InfoAturan(KODE, "Predikat kinerja", "PP 11/2017 Pasal 190; PermenPANRB 6/2022",
        "Predikat kinerja paling rendah Baik pada setiap tahun dari " + kebijakan.kinerjaTahun()
            + " tahun penuh terakhir sebelum TMT.");
  }

  @Override
  public HasilPemeriksaan periksa(FaktaMutasi fakta) {
    Fakta f = Fakta.of().put("tanggalEvaluasi", fakta.tanggalEvaluasi());
    List<String> kurang = KinerjaTerakhir.kekurangan(fakta.profil(), fakta.tanggalEvaluasi(), kebijakan.kinerjaTahun(), f);
    if (!kurang.isEmpty()) {
      return HasilPemeriksaan.gagal(KODE, f, "Syarat kinerja tidak terpenuhi: " + String.join("; ", kurang) + ".");
    }
    return HasilPemeriksaan.lulus(KODE, f, "Predikat kinerja " + kebijakan.kinerjaTahun()
        + " tahun terakhir paling rendah Baik.");
  }
}
