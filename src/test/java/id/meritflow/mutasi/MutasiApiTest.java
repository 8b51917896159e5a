package id.meritflow.mutasi;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.security.CallerArgumentResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dry run over HTTP. Configured exactly like the registry's RegistryApiTest so that Spring
 * reuses its one cached context; each test's data is rolled back.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:registry;DB_CLOSE_DELAY=-1",
    "camunda.bpm.admin-user.password=Test-Passw0rd!",
    // Not "default": that name belongs to the demo application context (MeritFlowIntegrationTest)
    "camunda.bpm.process-engine-name=registryit"})
@AutoConfigureMockMvc(addFilters = false)
@Transactional
class MutasiApiTest {

  private static final String NIP = KotaMFixture.NIP;

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void givenAnEmployeeOfKotaMAndAVacantPost() {
    KotaMFixture.givenAnEmployeeOfKotaMAndAVacantPost(jdbc);
  }

  @Test
  void answersEveryRuleAndTheConclusionOfAValidProposal() throws Exception {
    postAs(ppkOf("kota-m"), usulan("kota-m-pranata", "2026-03-01"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kesimpulan").value("LULUS"))
        .andExpect(jsonPath("$.hasil.length()").value(11))
        .andExpect(jsonPath("$.hasil[0].kode").value("MUT-MASA-JABATAN"))
        .andExpect(jsonPath("$.hasil[0].fakta.tmtJabatan").value("2022-03-01"))
        .andExpect(jsonPath("$.perluPersetujuan.length()").value(0));
  }

  @Test
  void answersValidationErrorsAs400WithStableCodes() throws Exception {
    postAs(ppkOf("kota-m"), usulan("kota-m-tidak-ada", "2026-01-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.code == 'JABATAN_TIDAK_DIKENAL')].field").value("jabatanTujuanId"))
        .andExpect(jsonPath("$.errors[?(@.code == 'TMT_SEBELUM_TANGGAL_USULAN')].field").value("tmt"));
  }

  @Test
  void hidesAnEmployeeOfAnAgencyTheCallerMayNotRead() throws Exception {
    postAs(ppkOf("kota-lain"), usulan("kota-m-pranata", "2026-03-01"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("PEGAWAI_TIDAK_DITEMUKAN"));
  }

  @Test
  void listsTheRules() throws Exception {
    mvc.perform(get("/api/mutasi/aturan").requestAttr(CallerArgumentResolver.ATTRIBUTE, ppkOf("kota-m")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(11))
        .andExpect(jsonPath("$[8].kode").value("POL-71-2"))
        .andExpect(jsonPath("$[8].dasarHukum").value("UU 10/2016 Pasal 71 ayat (2)"));
  }

  private static Map<String, Object> usulan(String jabatanId, String tmt) {
    return Map.of("nip", NIP, "instansiTujuanId", "kota-m", "unitKerjaTujuanId", "kota-m-bkpsdm",
        "jabatanTujuanId", jabatanId, "rute", "DALAM_INSTANSI",
        "alasan", Map.of("kategori", "ROTASI", "uraian", "Penyegaran organisasi"),
        "tanggalUsulan", "2026-01-15", "tmt", tmt, "dokumenPersetujuan", List.of());
  }

  private static Caller ppkOf(String instansiId) {
    return new Caller("ppk-" + instansiId, List.of(Caller.GROUP_PPK), List.of(instansiId), Optional.empty());
  }

  private ResultActions postAs(Caller caller, Object body) throws Exception {
    return mvc.perform(post("/api/mutasi/pemeriksaan").requestAttr(CallerArgumentResolver.ATTRIBUTE, caller)
        .contentType(MediaType.APPLICATION_JSON)
        .content(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body)));
  }
}
