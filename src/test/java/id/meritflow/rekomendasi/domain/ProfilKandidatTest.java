package id.meritflow.rekomendasi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProfilKandidatTest {

  @Test
  void hasNoFieldForAProtectedAttribute() {
    List<String> fields = Arrays.stream(ProfilKandidat.class.getRecordComponents())
        .map(c -> c.getName().toLowerCase(Locale.ROOT)).toList();

    for (String dilarang : List.of("nama", "kelamin", "lahir", "usia", "umur", "agama", "suku", "etnis", "asal", "kawin",
        "nikah", "politik", "partai", "disabilitas", "warna", "ras")) {
      assertThat(fields).noneMatch(f -> f.contains(dilarang) && !f.equals("memenuhibatasusia"));
    }
  }

  @Test
  void nineBoxFollowsTheLayoutOfDomainMd() {
    // rows potential (high on top), columns performance (low to high): 4 7 9 / 2 5 8 / 1 3 6
    KotakTalenta.Tingkat[] t = KotakTalenta.Tingkat.values();
    int[][] harapan = {{4, 7, 9}, {2, 5, 8}, {1, 3, 6}};
    for (int baris = 0; baris < 3; baris++) {
      for (int kolom = 0; kolom < 3; kolom++) {
        assertThat(KotakTalenta.dari(t[kolom], t[2 - baris]).nomor()).isEqualTo(harapan[baris][kolom]);
      }
    }
    assertThat(KotakTalenta.dari(t[2], t[2]).kandidatPromosi()).isTrue();
  }
}
