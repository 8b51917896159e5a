package id.meritflow.mutasi;

/**
 * The numbers of the merit rules. Values marked (verify) in domain.md are configuration
 * ({@code meritflow.mutasi.*}); the defaults here are domain.md's values.
 */
public record KebijakanMutasi(
    int masaJabatanMinimumTahun,
    int masaJabatanRotasiTahun,
    int kinerjaTahun,
    int apsMasaKerjaTahun,
    int pilkadaSebelumPenetapanCalonBulan,
    int pilkadaSetelahPelantikanBulan,
    int laporanPenggantianHariKerja,
    int jptMasaJabatanTahun,
    int pengawasMasaPelaksanaTahun,
    int administratorMasaPengawasTahun,
    int jptPratamaMasaAdministratorTahun,
    int jptPratamaUsiaMaksimum) {

  public static final KebijakanMutasi DEFAULT = new KebijakanMutasi(2, 5, 2, 10, 6, 6, 7, 2, 4, 3, 2, 56);
}
