package id.meritflow.kenaikanpangkat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the three kenaikan-pangkat tables, read from processes/ as a designer deploys them. */
class KpDecisionTablesTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private static DmnDecision table(String file) throws Exception {
    try (InputStream in = new FileInputStream("processes/" + file)) {
      return DMN.parseDecisions(in).get(0);
    }
  }

  private static Map<String, Object> one(String file, Map<String, Object> input) throws Exception {
    var result = DMN.evaluateDecisionTable(table(file), input);
    assertThat(result).as(file + " " + input).hasSize(1);
    return result.getSingleResult().getEntryMap();
  }

  @ParameterizedTest
  @CsvSource({
      "REGULER,             4, 2, BAIK,        '',         false, true,  ''",
      "PILIHAN_STRUKTURAL,  2, 2, BAIK,        STRUKTURAL, true,  false, ''",
      "PILIHAN_FUNGSIONAL,  2, 2, BAIK,        FUNGSIONAL, true,  false, ''",
      "PENYESUAIAN_IJAZAH,  1, 2, BAIK,        '',         false, true,  IJAZAH",
      "PRESTASI_LUAR_BIASA, 1, 1, SANGAT_BAIK, '',         false, true,  PRESTASI"})
  void syaratPerJenis(String jenis, int tahun, int tahunKinerja, String predikat, String jabatan, boolean rentang,
      boolean pendidikan, String verifikasi) throws Exception {
    Map<String, Object> r = one("kp-syarat-jenis.dmn", Map.of("jenisKenaikanPangkat", jenis));
    assertThat(((Number) r.get("minimalTahunPangkat")).intValue()).isEqualTo(tahun);
    assertThat(((Number) r.get("tahunKinerja")).intValue()).isEqualTo(tahunKinerja);
    assertThat(r.get("predikatMinimum")).isEqualTo(predikat);
    assertThat(r.get("jabatanWajib")).isEqualTo(jabatan);
    assertThat(r.get("dibatasiRentangJabatan")).isEqualTo(rentang);
    assertThat(r.get("dibatasiPendidikan")).isEqualTo(pendidikan);
    assertThat(r.get("verifikasi")).isEqualTo(verifikasi);
  }

  @Test
  void unknownTypeMatchesNoRow() throws Exception {
    assertThat(DMN.evaluateDecisionTable(table("kp-syarat-jenis.dmn"), Map.of("jenisKenaikanPangkat", "LAINNYA"))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"SD, II/a", "SLTP, II/c", "SLTA, III/b", "D1, III/b", "D2, III/b", "D3, III/c", "D4, III/d", "S1, III/d",
      "S2, IV/a", "S3, IV/b"})
  void batasPendidikan(String pendidikan, String golongan) throws Exception {
    assertThat(one("kp-batas-pendidikan.dmn", Map.of("pendidikan", pendidikan)).get("golonganMaksimum")).isEqualTo(golongan);
  }

  @ParameterizedTest
  @CsvSource({
      "JPT_UTAMA,     '',           KEPPRES",
      "JPT_MADYA,     '',           KEPPRES",
      "FUNGSIONAL,    AHLI_UTAMA,   KEPPRES",
      "FUNGSIONAL,    AHLI_MADYA,   DELEGASI",
      "JPT_PRATAMA,   '',           DELEGASI",
      "ADMINISTRATOR, '',           DELEGASI",
      "PENGAWAS,      '',           DELEGASI",
      "PELAKSANA,     '',           DELEGASI",
      "TANPA_JABATAN, '',           DELEGASI"})
  void ruteKeppres(String jenisJabatan, String jenjang, String rute) throws Exception {
    Map<String, Object> input = new HashMap<>();
    input.put("jenisJabatan", jenisJabatan);
    input.put("jenjang", jenjang);
    assertThat(one("kp-rute-keppres.dmn", input).get("rute")).isEqualTo(rute);
  }
}
