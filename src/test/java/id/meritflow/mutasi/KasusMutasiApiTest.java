package id.meritflow.mutasi;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Submitting a proposal starts a mutasi case; reading it is scoped. Same context configuration as
 * MutasiApiTest (one cached context); the case and the data are rolled back with the test.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:registry;DB_CLOSE_DELAY=-1",
    "camunda.bpm.admin-user.password=Test-Passw0rd!",
    "camunda.bpm.process-engine-name=registryit"})
@AutoConfigureMockMvc(addFilters = false)
@Transactional
class KasusMutasiApiTest {

  private static final String NIP = KotaMFixture.NIP;

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  @BeforeEach
  void givenAnEmployeeOfKotaMAndAVacantPost() {
    KotaMFixture.givenAnEmployeeOfKotaMAndAVacantPost(jdbc);
  }

  @Test
  void operatorOfTheAgencyStartsACaseThatTheAgencyAndTheEmployeeMayRead() throws Exception {
    String body = postAs(operatorOf("kota-m"), usulan("kota-m-pranata", "2026-03-01"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/mutasi/MUT-")))
        .andExpect(jsonPath("$.businessKey").value(org.hamcrest.Matchers.matchesPattern("MUT-\\d{4}-[A-Z0-9]{8}")))
        .andReturn().getResponse().getContentAsString();
    String key = new ObjectMapper().readTree(body).get("businessKey").asText();

    getAs(operatorOf("kota-m"), key).andExpect(status().isOk())
        .andExpect(jsonPath("$.nip").value(NIP))
        .andExpect(jsonPath("$.tenantId").value("kota-m"))
        .andExpect(jsonPath("$.status").value("BERJALAN"));
    getAs(new Caller("budi", List.of(Caller.GROUP_PEGAWAI), List.of(), Optional.of(NIP)), key)
        .andExpect(status().isOk());
    getAs(new Caller("lain", List.of(Caller.GROUP_PEGAWAI), List.of(), Optional.of("199001012015011001")), key)
        .andExpect(status().isNotFound());
    getAs(operatorOf("kota-lain"), key).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("KASUS_MUTASI_TIDAK_DITEMUKAN"));
  }

  @Test
  void invalidProposalIsRefusedWithFieldCodesAndStartsNothing() throws Exception {
    postAs(operatorOf("kota-m"), usulan("kota-m-tidak-ada", "2026-01-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.code == 'JABATAN_TIDAK_DIKENAL')].field").value("jabatanTujuanId"));
  }

  @Test
  void onlyAnOperatorOfTheEmployeesAgencyMaySubmit() throws Exception {
    postAs(new Caller("ppk", List.of(Caller.GROUP_PPK), List.of("kota-m"), Optional.empty()),
        usulan("kota-m-pranata", "2026-03-01")).andExpect(status().isForbidden());
    postAs(operatorOf("kota-lain"), usulan("kota-m-pranata", "2026-03-01")).andExpect(status().isNotFound());
  }

  private static Caller operatorOf(String instansiId) {
    return new Caller("operator-" + instansiId, List.of(Caller.GROUP_OPERATOR), List.of(instansiId), Optional.empty());
  }

  private static Map<String, Object> usulan(String jabatan, String tmt) {
    return Map.of("nip", NIP, "instansiTujuanId", "kota-m", "unitKerjaTujuanId", "kota-m-bkpsdm",
        "jabatanTujuanId", jabatan, "rute", "DALAM_INSTANSI",
        "alasan", Map.of("kategori", "ROTASI", "uraian", "Penyegaran"), "atasPermintaanSendiri", false,
        "tanggalUsulan", "2026-02-01", "tmt", tmt);
  }

  private ResultActions postAs(Caller caller, Object body) throws Exception {
    // The /api filter is off in MockMvc here; authenticate the engine as it would.
    identity.setAuthentication(caller.userId(), caller.groups(), caller.tenantIds());
    try {
      return mvc.perform(post("/api/mutasi").requestAttr(CallerArgumentResolver.ATTRIBUTE, caller)
          .contentType(MediaType.APPLICATION_JSON).content(new ObjectMapper().writeValueAsString(body)));
    } finally {
      identity.clearAuthentication();
    }
  }

  private ResultActions getAs(Caller caller, String key) throws Exception {
    return mvc.perform(get("/api/mutasi/" + key).requestAttr(CallerArgumentResolver.ATTRIBUTE, caller));
  }
}
