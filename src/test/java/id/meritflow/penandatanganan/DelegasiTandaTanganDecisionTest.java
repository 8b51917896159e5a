package id.meritflow.penandatanganan;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.Eselon;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.support.ModelTestEngine;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** processes/delegasi-tanda-tangan.dmn, row by row and eselon by eselon, through the engine. */
@Deployment(resources = "processes/delegasi-tanda-tangan.dmn")
class DelegasiTandaTanganDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ModelTestEngine.extension();

  ProcessEngine processEngine;
  private DecisionService decisions;

  @BeforeEach
  void decisionService() {
    decisions = processEngine.getDecisionService();
  }

  @ParameterizedTest(name = "baris {0}: {1} {2}/{3} di {4} → {5} oleh {6}")
  @CsvSource(nullValues = "-", value = {
      // row, keputusan, jabatan, jenjang, tingkat, mode, peran, keppres, a.n., u.b.
      "1, MUTASI,           JPT_MADYA,     -,          PROVINSI,       LANGSUNG, presiden,            true,  '',                 ''",
      "1, KENAIKAN_PANGKAT, JPT_UTAMA,     -,          PUSAT,          LANGSUNG, presiden,            true,  '',                 ''",
      "2, MUTASI,           FUNGSIONAL,    AHLI_UTAMA, PUSAT,          LANGSUNG, presiden,            true,  '',                 ''",
      "3, DISIPLIN,         JPT_UTAMA,     -,          PUSAT,          LANGSUNG, presiden,            true,  '',                 ''",
      "4, DISIPLIN,         JPT_MADYA,     -,          PUSAT,          LANGSUNG, ppk,                 false, '',                 ''",
      "5, DISIPLIN,         FUNGSIONAL,    AHLI_UTAMA, PROVINSI,       LANGSUNG, ppk,                 false, '',                 ''",
      "6, MUTASI,           JPT_PRATAMA,   -,          PUSAT,          DELEGASI, sekretaris-jenderal, false, a.n. Menteri,       ''",
      "7, KENAIKAN_PANGKAT, JPT_PRATAMA,   -,          KABUPATEN_KOTA, DELEGASI, sekretaris-daerah,   false, a.n. Kepala Daerah, ''",
      "8, MUTASI,           ADMINISTRATOR, -,          PUSAT,          DELEGASI, kepala-biro-sdm,     false, a.n. Menteri,       u.b. Sekretaris Jenderal",
      "9, DISIPLIN,         PENGAWAS,      -,          PROVINSI,       DELEGASI, kepala-bkpsdm,       false, a.n. Kepala Daerah, u.b. Sekretaris Daerah",
      "9, MUTASI,           PELAKSANA,     -,          KABUPATEN_KOTA, DELEGASI, kepala-bkpsdm,       false, a.n. Kepala Daerah, u.b. Sekretaris Daerah",
      "10, KENAIKAN_PANGKAT, FUNGSIONAL,   AHLI_MADYA, PUSAT,          DELEGASI, kepala-biro-sdm,     false, a.n. Menteri,       u.b. Sekretaris Jenderal",
      "11, MUTASI,          FUNGSIONAL,    TERAMPIL,   KABUPATEN_KOTA, DELEGASI, kepala-bkpsdm,       false, a.n. Kepala Daerah, u.b. Sekretaris Daerah",
  })
  void eachRowDecidesTheSigner(int row, String keputusan, String jabatan, String jenjang, String tingkat,
      String mode, String peran, boolean keppres, String atasNama, String untukBeliau) {
    DmnDecisionRuleResult result = evaluate(keputusan, jabatan, jenjang, tingkat);

    assertThat((String) result.getEntry("modeTandaTangan")).isEqualTo(mode);
    assertThat((String) result.getEntry("peranPenandatangan")).isEqualTo(peran);
    assertThat((Boolean) result.getEntry("keppres")).isEqualTo(keppres);
    assertThat((String) result.getEntry("atasNama")).isEqualTo(atasNama);
    assertThat((String) result.getEntry("untukBeliau")).isEqualTo(untukBeliau);
  }

  @ParameterizedTest(name = "baris {0}: disiplin {4} bagi {1}/{2} di {3} → {5} oleh {6}")
  @CsvSource(nullValues = "-", value = {
      // row, jabatan, jenjang, tingkat instansi, tingkat hukuman, mode, peran
      "12, PELAKSANA,     -,          KABUPATEN_KOTA, BERAT,  LANGSUNG, ppk",
      "12, ADMINISTRATOR, -,          PUSAT,          BERAT,  LANGSUNG, ppk",
      "12, FUNGSIONAL,    AHLI_MUDA,  PROVINSI,       BERAT,  LANGSUNG, ppk",
      "12, JPT_PRATAMA,   -,          PROVINSI,       BERAT,  LANGSUNG, ppk",
      "5,  FUNGSIONAL,    AHLI_UTAMA, PROVINSI,       BERAT,  LANGSUNG, ppk",
      "9,  PELAKSANA,     -,          KABUPATEN_KOTA, SEDANG, DELEGASI, kepala-bkpsdm",
      "9,  PENGAWAS,      -,          PROVINSI,       RINGAN, DELEGASI, kepala-bkpsdm",
      "8,  PELAKSANA,     -,          PUSAT,          SEDANG, DELEGASI, kepala-biro-sdm",
  })
  void severeDisciplinaryPenaltiesAreSignedByThePpkInPerson(int row, String jabatan, String jenjang, String tingkat,
      String tingkatHukuman, String mode, String peran) {
    var inputs = inputs("DISIPLIN", jabatan, jenjang, tingkat);
    inputs.put("tingkatHukuman", tingkatHukuman);
    var result = decisions.evaluateDecisionTableByKey("delegasi-tanda-tangan", inputs);

    assertThat(result.getResultList()).as("exactly one row").hasSize(1);
    assertThat((String) result.getSingleResult().getEntry("modeTandaTangan")).isEqualTo(mode);
    assertThat((String) result.getSingleResult().getEntry("peranPenandatangan")).isEqualTo(peran);
  }

  /** Seed policy of 1 July 2025: only JPT madya (and JPT utama) are signed by hand. */
  @ParameterizedTest
  @EnumSource(Eselon.class)
  void onlyEselonIIsSignedDirectlyForTransfersAndPromotions(Eselon eselon) {
    for (String keputusan : new String[] {"MUTASI", "KENAIKAN_PANGKAT"}) {
      for (String tingkat : new String[] {"PUSAT", "PROVINSI", "KABUPATEN_KOTA"}) {
        String mode = (String) evaluate(keputusan, eselon.jenis().name(), null, tingkat).getEntry("modeTandaTangan");
        boolean eselonI = eselon == Eselon.I_A || eselon == Eselon.I_B;
        assertThat(mode).as("%s %s %s", eselon.kode(), keputusan, tingkat).isEqualTo(eselonI ? "LANGSUNG" : "DELEGASI");
      }
    }
  }

  @Test
  void everyNonStructuralPositionGetsExactlyOneSigner() {
    for (String keputusan : new String[] {"MUTASI", "KENAIKAN_PANGKAT", "DISIPLIN"}) {
      for (JenisJabatan jenis : JenisJabatan.values()) {
        for (String tingkat : new String[] {"PUSAT", "PROVINSI", "KABUPATEN_KOTA"}) {
          assertThat((String) evaluate(keputusan, jenis.name(), null, tingkat).getEntry("peranPenandatangan"))
              .as("%s %s %s", keputusan, jenis, tingkat).isNotBlank();
        }
      }
    }
  }

  @Test
  void anUnknownDecisionTypeMatchesNoRow() {
    assertThat(decisions.evaluateDecisionTableByKey("delegasi-tanda-tangan",
        inputs("PENSIUN", "JPT_MADYA", null, "PUSAT")).getResultList()).isEmpty();
  }

  /** No default signer: a case whose agency tier is unknown gets no row, and its caller must stop. */
  @Test
  void aMissingAgencyTierMatchesNoRow() {
    var partial = new HashMap<String, Object>(Map.of("jenisKeputusan", "MUTASI", "jenisJabatan", "PELAKSANA"));
    assertThat(decisions.evaluateDecisionTableByKey("delegasi-tanda-tangan", partial).getResultList()).isEmpty();
  }

  private DmnDecisionRuleResult evaluate(String keputusan, String jabatan, String jenjang, String tingkat) {
    var result = decisions.evaluateDecisionTableByKey("delegasi-tanda-tangan", inputs(keputusan, jabatan, jenjang, tingkat));
    assertThat(result.getResultList()).as("exactly one row").hasSize(1);
    return result.getSingleResult();
  }

  private static Map<String, Object> inputs(String keputusan, String jabatan, String jenjang, String tingkat) {
    var inputs = new HashMap<String, Object>();
    inputs.put("jenisKeputusan", keputusan);
    inputs.put("jenisJabatan", jabatan);
    inputs.put("jenjang", jenjang);
    inputs.put("tingkatInstansi", tingkat);
    return inputs;
  }
}
