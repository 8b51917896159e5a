package id.meritflow.kepegawaian;

import static id.meritflow.kepegawaian.PegawaiRequestBuilder.NIP;
import static id.meritflow.kepegawaian.PegawaiRequestBuilder.aPegawaiRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.meritflow.platform.security.Caller;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RiwayatApiTest extends RegistryApiTest {

  private final Caller operator = Callers.operatorOf("kota-a");

  @BeforeEach
  void givenPegawaiInKotaA() {
    givenPegawai(aPegawaiRequest());
  }

  @Test
  void rankSkInEffectBecomesCurrentRank() throws Exception {
    postAs(operator, "/api/pegawai/" + NIP + "/riwayat-pangkat", new RiwayatPangkatRequest("III/d", LocalDate.of(2023, 4, 1), "SK-1"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.pegawai.golongan").value("III/d"))
        .andExpect(jsonPath("$.pegawai.tmtGolongan").value("2023-04-01"))
        .andExpect(jsonPath("$.riwayatPangkat", hasSize(2)));
  }

  @Test
  void futureRankSkIsRecordedButNotYetCurrent() throws Exception {
    postAs(operator, "/api/pegawai/" + NIP + "/riwayat-pangkat",
        new RiwayatPangkatRequest("III/d", id.meritflow.support.SuiteClock.hariIni().plusMonths(2), "SK-2"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.pegawai.golongan").value("III/c"))
        .andExpect(jsonPath("$.riwayatPangkat", hasSize(2)));
  }

  @Test
  void positionSkInEffectMovesThePegawaiAndFillsTheJabatan() throws Exception {
    postAs(operator, "/api/pegawai/" + NIP + "/riwayat-jabatan",
        new RiwayatJabatanRequest("kota-a", "kota-a-setda", "kota-a-analis", LocalDate.of(2024, 1, 2), "SK-3"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.pegawai.jabatanId").value("kota-a-analis"));

    getAs(operator, "/api/jabatan/kota-a-analis")
        .andExpect(jsonPath("$.kebutuhan").value(2))
        .andExpect(jsonPath("$.terisi").value(1))
        .andExpect(jsonPath("$.lowong").value(1));
  }

  @Test
  void positionInAnotherAgencyIsRefusedToItsNonOperator() throws Exception {
    postAs(operator, "/api/pegawai/" + NIP + "/riwayat-jabatan",
        new RiwayatJabatanRequest("kota-b", "kota-b-setda", null, LocalDate.of(2024, 1, 2), null))
        .andExpect(status().isForbidden());
    assertThat(count("riwayat_jabatan")).isEqualTo(1);
  }

  @Test
  void kinerjaOfAYearIsSetAndReplaced() throws Exception {
    putAs(operator, "/api/pegawai/" + NIP + "/kinerja/2024", new KinerjaRequest("BUTUH_PERBAIKAN"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kinerja[0].tahun").value(2024))
        .andExpect(jsonPath("$.kinerja[0].predikat").value("BUTUH_PERBAIKAN"));
    putAs(operator, "/api/pegawai/" + NIP + "/kinerja/2024", new KinerjaRequest("SEDANG"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("predikat"));
  }

  @Test
  void disciplinaryCaseIsValidatedThenRecorded() throws Exception {
    postAs(operator, "/api/pegawai/" + NIP + "/disiplin",
        new DisiplinRequest("", LocalDate.of(2025, 1, 10), "DIPUTUS", "SEDANG", "TEGURAN_LISAN", null, null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("pelanggaran", "jenisHukuman", "tmtHukuman")));
    assertThat(count("kasus_disiplin")).isZero();

    postAs(operator, "/api/pegawai/" + NIP + "/disiplin",
        new DisiplinRequest("Tidak masuk kerja 12 hari", LocalDate.of(2025, 1, 10), "DIPUTUS", "SEDANG",
            "POTONGAN_TUKIN_25_6", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 8, 1)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.disiplin[0].jenisHukuman").value("POTONGAN_TUKIN_25_6"));
  }
}
