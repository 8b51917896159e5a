package id.meritflow.kepegawaian;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.platform.web.FieldViolation;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

  @Test
  void acceptsValidNipAndReadsItsParts() {
    // given a NIP of a man born 15 March 1990, CPNS from March 2015, sequence 2
    String raw = "199003152015031002";

    // when / then
    assertThat(Nip.validate(raw, "nip")).isEmpty();
    assertThat(Nip.parse(raw)).hasValueSatisfying(nip -> {
      assertThat(nip.tanggalLahir()).isEqualTo(LocalDate.of(1990, 3, 15));
      assertThat(nip.tmtCpns()).isEqualTo(YearMonth.of(2015, 3));
      assertThat(nip.jenisKelamin()).isEqualTo(JenisKelamin.L);
      assertThat(nip.urutan()).isEqualTo(2);
    });
  }

  @Test
  void acceptsFemaleDigit() {
    assertThat(Nip.parse("199003152015032001")).hasValueSatisfying(n -> assertThat(n.jenisKelamin()).isEqualTo(JenisKelamin.P));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "19900315201503100, NIP_FORMAT",
      "1990031520150310021, NIP_FORMAT",
      "19900315201503100A, NIP_FORMAT",
      "199002302015031002, NIP_TANGGAL_LAHIR",
      "199013152015031002, NIP_TANGGAL_LAHIR",
      "189912312015031002, NIP_TANGGAL_LAHIR",
      "199003152015131002, NIP_TMT_CPNS",
      "199003152015001002, NIP_TMT_CPNS",
      "199003152007031002, NIP_TMT_CPNS",
      "199003152015033002, NIP_JENIS_KELAMIN",
      "199003152015031000, NIP_URUTAN"
  })
  void refusesEachBrokenRuleWithItsCode(String raw, String code) {
    assertThat(Nip.validate(raw, "nip")).extracting(FieldViolation::code).containsExactly(code);
    assertThat(Nip.parse(raw)).isEmpty();
  }

  @Test
  void refusesMissingNipAsFormat() {
    assertThat(Nip.validate(null, "nip")).extracting(FieldViolation::code).containsExactly(Nip.FORMAT);
  }

  @Test
  void refusesCpnsStartBeforeMinimumAgeButAcceptsItsMonth() {
    // given born 15 March 1990: the month of the 18th birthday is the earliest plausible start
    assertThat(Nip.validate("199003152008021002", "nip")).extracting(FieldViolation::code)
        .containsExactly(Nip.TMT_CPNS);
    assertThat(Nip.validate("199003152008031002", "nip")).isEmpty();
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    // given a bad birth date, a bad month, sex digit 3 and sequence 000
    var violations = Nip.validate("199002302015133000", "nip");

    assertThat(violations).extracting(FieldViolation::code)
        .containsExactly(Nip.TANGGAL_LAHIR, Nip.TMT_CPNS, Nip.JENIS_KELAMIN, Nip.URUTAN);
    assertThat(violations).allSatisfy(v -> assertThat(v.field()).isEqualTo("nip"));
  }
}
