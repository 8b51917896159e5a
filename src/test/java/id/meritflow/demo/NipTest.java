package id.meritflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NipTest {

  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("yyyyMM");

  @Test
  void everyNipIsUniqueAndAgreesWithBirthDateCpnsStartAndSex() {
    Set<String> seen = new HashSet<>();
    for (GeneratedPegawai g : CollectingSink.generate(5_000).pegawai) {
      PegawaiData p = g.pegawai();
      String nip = p.nip();

      assertThat(nip).matches("\\d{18}");
      assertThat(seen.add(nip)).as("unique %s", nip).isTrue();
      assertThat(nip.substring(0, 8)).isEqualTo(p.tanggalLahir().format(YYYYMMDD));
      assertThat(nip.substring(8, 14)).isEqualTo(p.tmtCpns().format(YYYYMM));
      assertThat(nip.charAt(14)).isEqualTo(p.jenisKelamin() == 'L' ? '1' : '2');
      assertThat(nip.substring(15)).isNotEqualTo("000");
      assertThat(ChronoUnit.YEARS.between(p.tanggalLahir(), p.tmtCpns())).isGreaterThanOrEqualTo(18);
    }
  }

  @Test
  void issuesTheNextFreeSequenceWhenTwoEmployeesShareTheirPrefix() {
    NipRegistry nips = new NipRegistry();
    var random = new java.util.SplittableRandom(1);
    LocalDate lahir = LocalDate.of(1990, 1, 1);

    String first = nips.issue(lahir, java.time.YearMonth.of(2015, 3), 'P', random);
    String second = nips.issue(lahir, java.time.YearMonth.of(2015, 3), 'P', new java.util.SplittableRandom(1));

    assertThat(first.substring(0, 15)).isEqualTo("199001012015032");
    assertThat(second).isNotEqualTo(first).startsWith("199001012015032");
  }
}
