package id.meritflow.mutasi;

import static id.meritflow.mutasi.FaktaMutasiBuilder.aFaktaMutasi;
import static id.meritflow.mutasi.InstansiBuilder.anInstansi;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Pilkada of Kota A: candidates determined 27 August 2026, new head inaugurated 20 February 2027. */
class Pilkada71PolicyTest {

  private static final LocalDate PENETAPAN_CALON = LocalDate.of(2026, 8, 27);
  private static final LocalDate PELANTIKAN = LocalDate.of(2027, 2, 20);

  private final Pilkada71Policy policy = new Pilkada71Policy(KebijakanMutasi.DEFAULT);

  private static FaktaMutasiBuilder diKotaAPada(LocalDate tmt) {
    return aFaktaMutasi().withInstansiAsal(anInstansi("kota-a").withPenetapanCalon(PENETAPAN_CALON).withPelantikan(PELANTIKAN))
        .withTmt(tmt);
  }

  @Test
  void passesTheDayBeforeTheWindowOpens() {
    assertThat(policy.periksa(diKotaAPada(LocalDate.of(2026, 2, 26)).build()).status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void needsMendagriApprovalOnTheFirstDaySixMonthsBeforeCandidateDetermination() {
    HasilPemeriksaan hasil = policy.periksa(diKotaAPada(LocalDate.of(2026, 2, 27)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.PERLU_PERSETUJUAN);
    assertThat(hasil.pesan()).contains("Menteri Dalam Negeri");
    assertThat(hasil.fakta()).containsEntry("jendela.kota-a", "2026-02-27 s.d. 2027-02-19")
        .containsKey("kewajibanLaporan");
  }

  @Test
  void needsApprovalOnTheLastDayBeforeTheInauguration() {
    assertThat(policy.periksa(diKotaAPada(PELANTIKAN.minusDays(1)).build()).status())
        .isEqualTo(StatusPemeriksaan.PERLU_PERSETUJUAN);
  }

  @Test
  void handsOverToPasal162OnTheInaugurationDay() {
    assertThat(policy.periksa(diKotaAPada(PELANTIKAN).build()).status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void keepsTheWindowOpenWhileTheNewHeadIsNotYetInaugurated() {
    FaktaMutasiBuilder fakta = aFaktaMutasi().withInstansiAsal(anInstansi("kota-a").withPenetapanCalon(PENETAPAN_CALON)
        .withPelantikan(LocalDate.of(2021, 2, 26))).withTmt(LocalDate.of(2027, 6, 1));

    assertThat(policy.periksa(fakta.build()).status()).isEqualTo(StatusPemeriksaan.PERLU_PERSETUJUAN);
  }

  @Test
  void passesWithTheMendagriApprovalRecordedAndKeepsTheReportingDuty() {
    HasilPemeriksaan hasil = policy.periksa(diKotaAPada(LocalDate.of(2026, 9, 1)).withDokumen("POL-71-2", "Mendagri").build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.fakta().get("persetujuanMendagri")).contains("800/1/2026").contains("Mendagri");
    assertThat(hasil.fakta().get("kewajibanLaporan")).contains("7 hari kerja");
  }

  @Test
  void appliesToTheTargetAgencyOfAMoveFromTheCentre() {
    FaktaMutasiBuilder fakta = aFaktaMutasi().withInstansiAsal(anInstansi("kemen-x").pusat())
        .toInstansi(anInstansi("kota-a").withPenetapanCalon(PENETAPAN_CALON).withPelantikan(PELANTIKAN), RuteMutasi.PUSAT_DAERAH)
        .withTmt(LocalDate.of(2026, 9, 1));

    HasilPemeriksaan hasil = policy.periksa(fakta.build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.PERLU_PERSETUJUAN);
    assertThat(hasil.fakta()).containsEntry("instansiTerkena", "kota-a");
  }

  @Test
  void doesNotApplyBetweenCentralAgencies() {
    FaktaMutasiBuilder fakta = aFaktaMutasi().withInstansiAsal(anInstansi("kemen-x").pusat().withPenetapanCalon(PENETAPAN_CALON))
        .withTmt(LocalDate.of(2026, 9, 1));

    assertThat(policy.periksa(fakta.build()).status()).isEqualTo(StatusPemeriksaan.LULUS);
  }
}
