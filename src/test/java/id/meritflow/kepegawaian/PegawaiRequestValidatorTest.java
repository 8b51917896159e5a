package id.meritflow.kepegawaian;

import static id.meritflow.kepegawaian.PegawaiRequestBuilder.aPegawaiRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.meritflow.platform.web.FieldViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PegawaiRequestValidatorTest {

  static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

  private final FakeLookup lookup = FakeLookup.withAgencies();
  private final PegawaiRequestValidator validator = new PegawaiRequestValidator(lookup, TODAY);

  @Test
  void acceptsValidRequest() {
    assertThat(validator.validateCreate(aPegawaiRequest().build())).isEmpty();
  }

  @Test
  void reportsEveryViolationAtOnce() {
    // given a bad NIP date, sex digit 3, an unknown golongan and no nama
    PegawaiRequest request = aPegawaiRequest().withNip("199002302015033002").withNama(" ")
        .withGolongan("III/z").withPendidikan("SMA").build();

    // when
    List<FieldViolation> violations = validator.validateCreate(request);

    // then
    assertThat(violations).extracting(FieldViolation::field, FieldViolation::code).containsExactlyInAnyOrder(
        tuple("nip", "NIP_TANGGAL_LAHIR"),
        tuple("nip", "NIP_JENIS_KELAMIN"),
        tuple("nama", "WAJIB_DIISI"),
        tuple("golongan", "GOLONGAN_TIDAK_VALID"),
        tuple("pendidikan", "PENDIDIKAN_TIDAK_VALID"));
    assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
  }

  @Test
  void refusesDataThatContradictsTheNip() {
    // given a valid NIP of a man born 1990-03-15 with CPNS start 2015-03
    PegawaiRequest request = aPegawaiRequest().withJenisKelamin("P").withTanggalLahir(LocalDate.of(1990, 3, 16))
        .withTmtCpns(LocalDate.of(2015, 4, 1)).withTmtGolongan(LocalDate.of(2019, 4, 1)).build();

    assertThat(validator.validateCreate(request)).extracting(FieldViolation::field, FieldViolation::code)
        .containsExactlyInAnyOrder(
            tuple("jenisKelamin", "JENIS_KELAMIN_TIDAK_SESUAI_NIP"),
            tuple("tanggalLahir", "TANGGAL_LAHIR_TIDAK_SESUAI_NIP"),
            tuple("tmtCpns", "TMT_CPNS_TIDAK_SESUAI_NIP"));
  }

  @Test
  void refusesFutureDatesAndRankBeforeCpns() {
    PegawaiRequest request = aPegawaiRequest().withTmtGolongan(LocalDate.of(2014, 1, 1))
        .withJabatan("kota-a-analis", TODAY.plusDays(1)).build();

    assertThat(validator.validateCreate(request)).extracting(FieldViolation::field, FieldViolation::code)
        .containsExactlyInAnyOrder(
            tuple("tmtGolongan", "SEBELUM_TMT_CPNS"),
            tuple("tmtJabatan", "TANGGAL_MASA_DEPAN"));
  }

  @Test
  void refusesPlacementOutsideTheInstansi() {
    PegawaiRequest request = aPegawaiRequest().withUnitKerja("kota-b-setda").withJabatan("kota-b-analis",
        LocalDate.of(2020, 1, 1)).build();

    assertThat(validator.validateCreate(request)).extracting(FieldViolation::field, FieldViolation::code)
        .containsExactlyInAnyOrder(
            tuple("unitKerjaId", "UNIT_KERJA_BUKAN_INSTANSI"),
            tuple("jabatanId", "JABATAN_BUKAN_INSTANSI"));
  }

  @Test
  void refusesUnknownInstansiUnitAndJabatan() {
    PegawaiRequest request = aPegawaiRequest().withInstansi("kota-x", "kota-x-setda")
        .withJabatan("kota-x-analis", LocalDate.of(2020, 1, 1)).build();

    assertThat(validator.validateCreate(request)).extracting(FieldViolation::code)
        .containsExactlyInAnyOrder("INSTANSI_TIDAK_ADA", "UNIT_KERJA_TIDAK_ADA", "JABATAN_TIDAK_ADA");
  }

  @Test
  void namesTheKinerjaEntryThatIsWrong() {
    PegawaiRequest request = aPegawaiRequest().withKinerja(new KinerjaEntry(2023, "BAIK"),
        new KinerjaEntry(2024, "LUAR_BIASA"), new KinerjaEntry(2024, "BAIK"), new KinerjaEntry(2026, "BAIK"),
        new KinerjaEntry(2010, "BAIK")).build();

    assertThat(validator.validateCreate(request)).extracting(FieldViolation::field, FieldViolation::code)
        .containsExactlyInAnyOrder(
            tuple("kinerja[1].predikat", "PREDIKAT_TIDAK_VALID"),
            tuple("kinerja[2].tahun", "KINERJA_TAHUN_GANDA"),
            tuple("kinerja[3].tahun", "KINERJA_TAHUN_MASA_DEPAN"),
            tuple("kinerja[4].tahun", "KINERJA_SEBELUM_CPNS"));
  }

  @Test
  void refusesDuplicateNip() {
    lookup.withPegawai(PegawaiRequestBuilder.NIP);

    assertThat(validator.validateCreate(aPegawaiRequest().build())).extracting(FieldViolation::code)
        .containsExactly("NIP_SUDAH_ADA");
  }
}
