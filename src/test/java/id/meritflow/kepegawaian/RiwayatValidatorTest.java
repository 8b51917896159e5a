package id.meritflow.kepegawaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.meritflow.platform.web.FieldViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RiwayatValidatorTest {

  static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
  static final LocalDate TMT_CPNS = LocalDate.of(2015, 3, 1);

  private final RiwayatValidator validator = new RiwayatValidator(FakeLookup.withAgencies(), TODAY);

  @Test
  void acceptsDecidedCaseWithMatchingPenalty() {
    var request = new DisiplinRequest("Tidak masuk kerja 5 hari", LocalDate.of(2025, 1, 10), "DIPUTUS", "RINGAN",
        "TEGURAN_TERTULIS", LocalDate.of(2025, 2, 1), null);

    assertThat(validator.validateDisiplin(request)).isEmpty();
  }

  @Test
  void refusesDecidedCaseWithoutPenaltyAndPenaltyOfAnotherLevel() {
    var tanpaHukuman = new DisiplinRequest("Absen", LocalDate.of(2025, 1, 10), "DIPUTUS", null, null, null, null);
    var salahTingkat = new DisiplinRequest("Absen", LocalDate.of(2025, 1, 10), "DIPUTUS", "RINGAN", "PDH_TAPS",
        LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 1));

    assertThat(validator.validateDisiplin(tanpaHukuman)).extracting(FieldViolation::field)
        .containsExactlyInAnyOrder("tingkatHukuman", "jenisHukuman", "tmtHukuman");
    assertThat(validator.validateDisiplin(salahTingkat)).extracting(FieldViolation::field, FieldViolation::code)
        .containsExactlyInAnyOrder(
            tuple("jenisHukuman", "JENIS_HUKUMAN_TIDAK_SESUAI_TINGKAT"),
            tuple("tmtHukuman", "TMT_HUKUMAN_SEBELUM_KASUS"),
            tuple("akhirHukuman", "URUTAN_TANGGAL"));
  }

  @Test
  void refusesPenaltyOnOpenCaseAndUnknownStatus() {
    var terbuka = new DisiplinRequest("Absen", TODAY, "TERBUKA", "RINGAN", null, null, null);
    var kosong = new DisiplinRequest(null, TODAY.plusDays(1), "SELESAI", null, null, null, null);

    assertThat(validator.validateDisiplin(terbuka)).extracting(FieldViolation::code)
        .containsExactly("HUKUMAN_TANPA_PUTUSAN");
    assertThat(validator.validateDisiplin(kosong)).extracting(FieldViolation::field, FieldViolation::code)
        .containsExactlyInAnyOrder(
            tuple("pelanggaran", "WAJIB_DIISI"),
            tuple("tanggalKasus", "TANGGAL_MASA_DEPAN"),
            tuple("status", "STATUS_KASUS_TIDAK_VALID"));
  }

  @Test
  void refusesRankSkBeforeCpnsOrWithUnknownGolongan() {
    var request = new RiwayatPangkatRequest("V/a", LocalDate.of(2014, 1, 1), null);

    assertThat(validator.validatePangkat(request, TMT_CPNS)).extracting(FieldViolation::field, FieldViolation::code)
        .containsExactlyInAnyOrder(tuple("golongan", "GOLONGAN_TIDAK_VALID"), tuple("tmt", "SEBELUM_TMT_CPNS"));
  }

  @Test
  void refusesPositionSkOutsideTheTargetInstansi() {
    var request = new RiwayatJabatanRequest("kota-a", "kota-b-setda", "kota-b-analis", LocalDate.of(2024, 1, 1), null);

    assertThat(validator.validateJabatan(request, TMT_CPNS)).extracting(FieldViolation::code)
        .containsExactlyInAnyOrder("UNIT_KERJA_BUKAN_INSTANSI", "JABATAN_BUKAN_INSTANSI");
  }
}
