package id.meritflow.mutasi;

import static id.meritflow.mutasi.FaktaMutasiBuilder.aFaktaMutasi;
import static id.meritflow.mutasi.InstansiBuilder.anInstansi;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersetujuanPpkPolicyTest {

  private final PersetujuanPpkPolicy policy = new PersetujuanPpkPolicy();

  private FaktaMutasiBuilder keKotaB() {
    return aFaktaMutasi().toInstansi(anInstansi("kota-b"), RuteMutasi.ANTAR_INSTANSI_SATU_PROVINSI);
  }

  @Test
  void needsNoApprovalInsideOneAgency() {
    assertThat(policy.periksa(aFaktaMutasi().build()).status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void waitsForBothPpksBetweenAgencies() {
    HasilPemeriksaan hasil = policy.periksa(keKotaB().build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.PERLU_PERSETUJUAN);
    assertThat(hasil.pesan()).contains("PPK instansi asal dan PPK instansi tujuan").contains("Pranata Kepegawaian");
  }

  @Test
  void waitsForTheTargetPpkWhenOnlyTheSourceApproved() {
    HasilPemeriksaan hasil = policy.periksa(keKotaB().withDokumen("MUT-PERSETUJUAN", "kota-a").build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.PERLU_PERSETUJUAN);
    assertThat(hasil.pesan()).contains("PPK instansi tujuan");
    assertThat(hasil.fakta().get("persetujuanPpkAsal")).startsWith("800/1/2026");
  }

  @Test
  void passesOnceBothApprovalsAreRecorded() {
    HasilPemeriksaan hasil = policy.periksa(keKotaB().withDokumen("MUT-PERSETUJUAN", "kota-a")
        .withDokumen("MUT-PERSETUJUAN", "kota-b").build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void ignoresDocumentsOfAnotherRuleOrIssuer() {
    HasilPemeriksaan hasil = policy.periksa(keKotaB().withDokumen("MUT-PERSETUJUAN", "kota-a")
        .withDokumen("POL-71-2", "kota-b").withDokumen("MUT-PERSETUJUAN", "Mendagri").build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.PERLU_PERSETUJUAN);
  }
}
