package id.meritflow.mutasi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code meritflow.mutasi.*}: the (verify) numbers of the merit rules. Any key left out keeps
 * domain.md's value from {@link KebijakanMutasi#DEFAULT}.
 */
@ConfigurationProperties("meritflow.mutasi")
record MutasiProperties(
    Integer masaJabatanMinimumTahun,
    Integer masaJabatanRotasiTahun,
    Integer kinerjaTahun,
    Integer apsMasaKerjaTahun,
    Integer pilkadaSebelumPenetapanCalonBulan,
    Integer pilkadaSetelahPelantikanBulan,
    Integer laporanPenggantianHariKerja,
    Integer jptMasaJabatanTahun,
    Integer pengawasMasaPelaksanaTahun,
    Integer administratorMasaPengawasTahun,
    Integer jptPratamaMasaAdministratorTahun,
    Integer jptPratamaUsiaMaksimum) {

  KebijakanMutasi kebijakan() {
    KebijakanMutasi d = KebijakanMutasi.DEFAULT;
    return new KebijakanMutasi(
        or(masaJabatanMinimumTahun, d.masaJabatanMinimumTahun()),
        or(masaJabatanRotasiTahun, d.masaJabatanRotasiTahun()),
        or(kinerjaTahun, d.kinerjaTahun()),
        or(apsMasaKerjaTahun, d.apsMasaKerjaTahun()),
        or(pilkadaSebelumPenetapanCalonBulan, d.pilkadaSebelumPenetapanCalonBulan()),
        or(pilkadaSetelahPelantikanBulan, d.pilkadaSetelahPelantikanBulan()),
        or(laporanPenggantianHariKerja, d.laporanPenggantianHariKerja()),
        or(jptMasaJabatanTahun, d.jptMasaJabatanTahun()),
        or(pengawasMasaPelaksanaTahun, d.pengawasMasaPelaksanaTahun()),
        or(administratorMasaPengawasTahun, d.administratorMasaPengawasTahun()),
        or(jptPratamaMasaAdministratorTahun, d.jptPratamaMasaAdministratorTahun()),
        or(jptPratamaUsiaMaksimum, d.jptPratamaUsiaMaksimum()));
  }

  private static int or(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
