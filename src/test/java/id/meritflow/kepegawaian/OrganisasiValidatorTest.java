package id.meritflow.kepegawaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.meritflow.platform.web.FieldViolation;
import org.junit.jupiter.api.Test;

class OrganisasiValidatorTest {

  private final OrganisasiValidator validator = new OrganisasiValidator(FakeLookup.withAgencies());

  static JabatanRequest jabatan(String jenis, String eselon, String min, String max) {
    return new JabatanRequest("kota-a-kabag", "kota-a", "kota-a-setda", "Kepala Bagian Umum", jenis, eselon, null,
        min, max, "S1", null, 1);
  }

  @Test
  void acceptsAdministratorWithEselonThree() {
    assertThat(validator.validateJabatan(jabatan("ADMINISTRATOR", "III.a", "IV/a", "IV/b"), true)).isEmpty();
  }

  @Test
  void refusesEselonOfAnotherJenisAndInvertedRankRange() {
    var violations = validator.validateJabatan(jabatan("PENGAWAS", "III.b", "IV/a", "III/d"), true);

    assertThat(violations).extracting(FieldViolation::field, FieldViolation::code).containsExactlyInAnyOrder(
        tuple("eselon", "ESELON_TIDAK_SESUAI_JENIS"),
        tuple("golonganMax", "RENTANG_GOLONGAN_TERBALIK"));
  }

  @Test
  void requiresJenjangForFungsionalOnly() {
    assertThat(validator.validateJabatan(jabatan("FUNGSIONAL", null, "III/a", "III/d"), true))
        .extracting(FieldViolation::code).containsExactly("WAJIB_DIISI");
    var pelaksana = new JabatanRequest("x", "kota-a", "kota-a-setda", "Pengadministrasi", "PELAKSANA", "IV.a",
        "AHLI_MUDA", "II/a", "II/d", "SLTA", null, 2);
    assertThat(validator.validateJabatan(pelaksana, true)).extracting(FieldViolation::code)
        .containsExactlyInAnyOrder("ESELON_TIDAK_SESUAI_JENIS", "JENJANG_BUKAN_FUNGSIONAL");
  }

  @Test
  void reportsEveryViolationOfAnInstansi() {
    var request = new InstansiRequest("Kota A!", "", "DESA", null, null, null, null, null);

    assertThat(validator.validateInstansi(request, true)).extracting(FieldViolation::field, FieldViolation::code)
        .containsExactlyInAnyOrder(
            tuple("id", "ID_TIDAK_VALID"),
            tuple("nama", "WAJIB_DIISI"),
            tuple("tingkat", "TINGKAT_TIDAK_VALID"),
            tuple("wilayah", "WAJIB_DIISI"));
  }

  @Test
  void requiresProvinsiForRegionalAgencyAndRefusesExistingId() {
    var request = new InstansiRequest("kota-a", "Pemerintah Kota A", "KABUPATEN_KOTA", "Kota A", null, null, null, null);

    assertThat(validator.validateInstansi(request, true)).extracting(FieldViolation::field, FieldViolation::code)
        .containsExactlyInAnyOrder(tuple("id", "ID_SUDAH_ADA"), tuple("provinsi", "WAJIB_DIISI"));
  }

  @Test
  void refusesUnitKerjaWithParentOfAnotherInstansi() {
    var request = new UnitKerjaRequest("kota-a-bagian", "kota-a", "Bagian Umum", "kota-b-setda");

    assertThat(validator.validateUnitKerja(request)).extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(tuple("indukId", "UNIT_KERJA_BUKAN_INSTANSI"));
  }
}
