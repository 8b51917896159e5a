package id.meritflow.disiplin;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.ModelTestEngine;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DIS-ABSEN, DIS-PEMERIKSA and DIS-PYB, every row and its edges, through the engine's decision service. */
@Deployment(resources = {"processes/disiplin-absen.dmn", "processes/disiplin-pemeriksa.dmn", "processes/disiplin-pyb.dmn"})
class DisiplinDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ModelTestEngine.extension();

  ProcessEngine processEngine;
  private DecisionService decisions;

  @BeforeEach
  void decisionService() {
    decisions = processEngine.getDecisionService();
  }

  @ParameterizedTest(name = "baris {0}: {1} hari, {2} beruntun → {3}")
  @CsvSource({
      "1, 3, 0, TEGURAN_LISAN, RINGAN",
      "2, 4, 2, TEGURAN_TERTULIS, RINGAN",
      "2, 6, 0, TEGURAN_TERTULIS, RINGAN",
      "3, 7, 0, PERNYATAAN_TIDAK_PUAS, RINGAN",
      "3, 10, 9, PERNYATAAN_TIDAK_PUAS, RINGAN",
      "4, 11, 0, POTONGAN_TUKIN_25_6, SEDANG",
      "4, 13, 0, POTONGAN_TUKIN_25_6, SEDANG",
      "5, 14, 0, POTONGAN_TUKIN_25_9, SEDANG",
      "5, 16, 0, POTONGAN_TUKIN_25_9, SEDANG",
      "6, 17, 0, POTONGAN_TUKIN_25_12, SEDANG",
      "6, 20, 0, POTONGAN_TUKIN_25_12, SEDANG",
      "7, 21, 0, PENURUNAN_JABATAN_12, BERAT",
      "7, 24, 0, PENURUNAN_JABATAN_12, BERAT",
      "8, 25, 0, PEMBEBASAN_JABATAN_12, BERAT",
      "8, 27, 0, PEMBEBASAN_JABATAN_12, BERAT",
      "9, 28, 0, PDH_TAPS, BERAT",
      "9, 60, 5, PDH_TAPS, BERAT",
      "10, 10, 10, PDH_TAPS, BERAT",
      "10, 12, 11, PDH_TAPS, BERAT",
  })
  void absenceDaysDecideThePenalty(int row, int hari, int beruntun, String jenis, String tingkat) {
    DmnDecisionTableResult result = absen(hari, beruntun);

    assertThat(result.getResultList()).hasSize(1);
    assertThat((String) result.getSingleResult().getEntry("jenisHukuman")).isEqualTo(jenis);
    assertThat((String) result.getSingleResult().getEntry("tingkatHukuman")).isEqualTo(tingkat);
  }

  @Test
  void fewerThanThreeDaysIsNoPenaltyYet() {
    assertThat(absen(0, 0).getResultList()).isEmpty();
    assertThat(absen(2, 2).getResultList()).isEmpty();
  }

  @ParameterizedTest(name = "baris {0}: {1}, tim diminta {2} → {3}")
  @CsvSource({
      "1, RINGAN, false, ATASAN",
      "1, RINGAN, true, ATASAN",
      "2, SEDANG, false, ATASAN",
      "3, SEDANG, true, TIM",
      "4, BERAT, false, TIM",
  })
  void levelDecidesTheExaminer(int row, String tingkat, boolean timDiminta, String pemeriksa) {
    var result = decisions.evaluateDecisionTableByKey("dis-pemeriksa",
        Map.of("tingkatHukuman", tingkat, "timDiminta", timDiminta));

    assertThat(result.getResultList()).hasSize(1);
    assertThat((String) result.getSingleResult().getEntry("pemeriksa")).isEqualTo(pemeriksa);
    assertThat((String) result.getSingleResult().getEntry("dasarPemeriksa")).isNotBlank();
  }

  @ParameterizedTest(name = "baris {0}: {1} di {2}, {3} → {4}")
  @CsvSource({
      "1, JPT_UTAMA, PUSAT, RINGAN, PRESIDEN, presiden, bpasn",
      "2, JPT_MADYA, PROVINSI, SEDANG, PPK, ppk, bpasn",
      "3, JPT_MADYA, PUSAT, BERAT, PRESIDEN, presiden, bpasn",
      "4, JPT_PRATAMA, PROVINSI, RINGAN, ATASAN_LANGSUNG, atasan, ppk",
      "5, JPT_PRATAMA, PUSAT, BERAT, PPK, ppk, bpasn",
      "6, JPT_PRATAMA, KABUPATEN_KOTA, RINGAN, PPK, ppk, bpasn",
      "7, PELAKSANA, KABUPATEN_KOTA, RINGAN, ATASAN_LANGSUNG, atasan, ppk",
      "8, PENGAWAS, PROVINSI, SEDANG, PIMPINAN_TINGGI, atasan, ppk",
      "9, ADMINISTRATOR, KABUPATEN_KOTA, SEDANG, PPK, ppk, bpasn",
      "10, PELAKSANA, KABUPATEN_KOTA, BERAT, PPK, ppk, bpasn",
      "10, FUNGSIONAL, PUSAT, BERAT, PPK, ppk, bpasn",
  })
  void positionTierAndLevelDecideTheAuthorisedOfficial(int row, String jabatan, String instansi, String tingkat,
      String pejabat, String peran, String keberatan) {
    var result = decisions.evaluateDecisionTableByKey("dis-pyb",
        Map.of("jenisJabatan", jabatan, "tingkatInstansi", instansi, "tingkatHukuman", tingkat));

    assertThat(result.getResultList()).hasSize(1);
    assertThat((String) result.getSingleResult().getEntry("pejabatBerwenang")).isEqualTo(pejabat);
    assertThat((String) result.getSingleResult().getEntry("peranPejabat")).isEqualTo(peran);
    assertThat((String) result.getSingleResult().getEntry("peranKeberatan")).isEqualTo(keberatan);
  }

  @Test
  void everyPositionTierAndLevelHasExactlyOneAuthorisedOfficial() {
    for (String jabatan : new String[] {"JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS",
        "PELAKSANA", "FUNGSIONAL"}) {
      for (String instansi : new String[] {"PUSAT", "PROVINSI", "KABUPATEN_KOTA"}) {
        for (String tingkat : new String[] {"RINGAN", "SEDANG", "BERAT"}) {
          assertThat(decisions.evaluateDecisionTableByKey("dis-pyb", Map.of("jenisJabatan", jabatan,
              "tingkatInstansi", instansi, "tingkatHukuman", tingkat)).getResultList())
              .as("%s %s %s", jabatan, instansi, tingkat).hasSize(1);
        }
      }
    }
  }

  private DmnDecisionTableResult absen(int hari, int beruntun) {
    var inputs = new HashMap<String, Object>();
    inputs.put("hariTidakMasuk", hari);
    inputs.put("tidakMasukBeruntun", beruntun);
    return decisions.evaluateDecisionTableByKey("dis-absen", inputs);
  }
}
