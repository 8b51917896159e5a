package id.meritflow.mutasi;

import static id.meritflow.mutasi.FaktaMutasiBuilder.TMT;
import static id.meritflow.mutasi.FaktaMutasiBuilder.aFaktaMutasi;
import static id.meritflow.mutasi.InstansiBuilder.anInstansi;
import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.PredikatKinerja;
import org.junit.jupiter.api.Test;

class DaftarAturanMutasiTest {

  private final DaftarAturanMutasi daftar = DaftarAturanMutasi.standar(KebijakanMutasi.DEFAULT);

  @Test
  void listsEveryRuleOfDomainMdInOrder() {
    assertThat(daftar.kode()).containsExactly("MUT-MASA-JABATAN", "MUT-KINERJA", "MUT-DISIPLIN", "MUT-FORMASI",
        "MUT-SYARAT-JABATAN", "MUT-TUGAS-BELAJAR", "MUT-PERSETUJUAN", "MUT-APS-10TH", "POL-71-2", "POL-162-3", "POL-JPT-2TH");
    assertThat(daftar.info()).allSatisfy(i -> assertThat(i.dasarHukum()).isNotBlank());
  }

  @Test
  void everyRuleIsListedInDocsAturanAndNoneRestsOnARevokedLawAlone() throws java.io.IOException {
    String docs = java.nio.file.Files.readString(java.nio.file.Path.of("docs/aturan.md"));

    assertThat(daftar.kode()).allSatisfy(kode -> assertThat(docs).contains("| " + kode + " |"));
    assertThat(daftar.info()).allSatisfy(i -> {
      if (i.dasarHukum().contains("UU 5/2014")) {
        assertThat(i.dasarHukum()).as(i.kode()).contains("dicabut");
      }
    });
  }

  @Test
  void concludesLulusWhenEveryRulePasses() {
    HasilPemeriksaanMutasi hasil = daftar.periksa(aFaktaMutasi().build());

    assertThat(hasil.kesimpulan()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.hasil()).hasSize(11);
    assertThat(hasil.perluPersetujuan()).isEmpty();
  }

  @Test
  void concludesGagalAndStillReportsEveryRule() {
    HasilPemeriksaanMutasi hasil = daftar.periksa(keKotaB().withKinerja(2025, PredikatKinerja.KURANG)
        .withMasaJabatanSejak(TMT.minusYears(1)).build());

    assertThat(hasil.kesimpulan()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.gagal()).containsExactly("MUT-MASA-JABATAN", "MUT-KINERJA");
    assertThat(hasil.perluPersetujuan()).containsExactly("MUT-PERSETUJUAN");
    assertThat(hasil.hasil()).hasSize(11);
  }

  @Test
  void concludesPerluPersetujuanListingTheCodesWhenNothingFailed() {
    HasilPemeriksaanMutasi hasil = daftar.periksa(keKotaB().build());

    assertThat(hasil.kesimpulan()).isEqualTo(StatusPemeriksaan.PERLU_PERSETUJUAN);
    assertThat(hasil.perluPersetujuan()).containsExactly("MUT-PERSETUJUAN");
  }

  @Test
  void recordedApprovalsTurnPerluPersetujuanIntoLulus() {
    HasilPemeriksaanMutasi hasil = daftar.periksa(keKotaB().withDokumen("MUT-PERSETUJUAN", "kota-a")
        .withDokumen("MUT-PERSETUJUAN", "kota-b").build());

    assertThat(hasil.kesimpulan()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void concludesLulusWithTheFlagsListed() {
    HasilPemeriksaanMutasi hasil = daftar.periksa(aFaktaMutasi().withMasaJabatanSejak(TMT.minusYears(6)).build());

    assertThat(hasil.kesimpulan()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.ditandai()).extracting(HasilPemeriksaanMutasi.Tanda::kode).containsExactly("MUT-MASA-JABATAN");
  }

  private static FaktaMutasiBuilder keKotaB() {
    return aFaktaMutasi().toInstansi(anInstansi("kota-b"), RuteMutasi.ANTAR_INSTANSI_SATU_PROVINSI);
  }
}
