package id.meritflow.mutasi;

import static id.meritflow.mutasi.FaktaMutasiBuilder.aFaktaMutasi;
import static id.meritflow.mutasi.InstansiBuilder.anInstansi;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Kota A's head was inaugurated on 20 February 2025: the window runs to 19 August 2025. */
class Pilkada162PolicyTest {

  private static final LocalDate PELANTIKAN = LocalDate.of(2025, 2, 20);

  private final Pilkada162Policy policy = new Pilkada162Policy(KebijakanMutasi.DEFAULT);

  private static FaktaMutasiBuilder diKotaAPada(LocalDate tmt) {
    return aFaktaMutasi().withInstansiAsal(anInstansi("kota-a").withPelantikan(PELANTIKAN)).withTmt(tmt);
  }

  @Test
  void passesTheDayBeforeTheInauguration() {
    assertThat(policy.periksa(diKotaAPada(PELANTIKAN.minusDays(1)).build()).status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void needsMendagriApprovalFromTheInaugurationDay() {
    HasilPemeriksaan hasil = policy.periksa(diKotaAPada(PELANTIKAN).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.PERLU_PERSETUJUAN);
    assertThat(hasil.fakta()).containsEntry("jendela.kota-a", "2025-02-20 s.d. 2025-08-19");
  }

  @Test
  void needsApprovalOnTheLastDayOfSixMonths() {
    assertThat(policy.periksa(diKotaAPada(LocalDate.of(2025, 8, 19)).build()).status())
        .isEqualTo(StatusPemeriksaan.PERLU_PERSETUJUAN);
  }

  @Test
  void passesOnTheSixMonthAnniversary() {
    assertThat(policy.periksa(diKotaAPada(LocalDate.of(2025, 8, 20)).build()).status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void passesWithTheMendagriApprovalRecorded() {
    HasilPemeriksaan hasil = policy.periksa(diKotaAPada(LocalDate.of(2025, 5, 1)).withDokumen("POL-162-3", "Mendagri").build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.fakta()).containsKey("persetujuanMendagri");
  }
}
