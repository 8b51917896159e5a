package id.meritflow.kepegawaian;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.security.CallerArgumentResolver;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one Spring context of the registry's API tests: the whole application on in-memory H2.
 * Every test runs in a transaction that is rolled back, so tests do not see each other's data.
 * The authentication filter is off; the caller is set as the request attribute it would set.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:registry;DB_CLOSE_DELAY=-1",
    "camunda.bpm.admin-user.password=Test-Passw0rd!",
    // Not "default": that name belongs to the demo application context (MeritFlowIntegrationTest)
    "camunda.bpm.process-engine-name=registryit"})
@AutoConfigureMockMvc(addFilters = false)
@Transactional
abstract class RegistryApiTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired PegawaiService pegawaiService;

  @BeforeEach
  void givenTwoAgencies() {
    for (String id : new String[] {"kota-a", "kota-b"}) {
      jdbc.update("insert into instansi (id, nama, tingkat, wilayah, provinsi) values (?, ?, 'KABUPATEN_KOTA', ?, 'Jawa Barat')",
          id, "Pemerintah " + id, id);
      jdbc.update("insert into unit_kerja (id, instansi_id, nama) values (?, ?, 'Sekretariat Daerah')", id + "-setda", id);
      jdbc.update("""
          insert into jabatan (id, instansi_id, unit_kerja_id, nama, jenis, golongan_min, golongan_max, pendidikan_min, kebutuhan)
          values (?, ?, ?, 'Analis Kepegawaian', 'PELAKSANA', 'II/a', 'III/d', 'S1', 2)""",
          id + "-analis", id, id + "-setda");
    }
  }

  /** Registers an employee as an administrator would, for tests that need existing data. */
  Pegawai givenPegawai(PegawaiRequestBuilder request) {
    return pegawaiService.create(Callers.admin(), request.build());
  }

  int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  ResultActions getAs(Caller caller, String url) throws Exception {
    return mvc.perform(get(url).requestAttr(CallerArgumentResolver.ATTRIBUTE, caller));
  }

  ResultActions postAs(Caller caller, String url, Object body) throws Exception {
    return mvc.perform(post(url).requestAttr(CallerArgumentResolver.ATTRIBUTE, caller)
        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
  }

  ResultActions putAs(Caller caller, String url, Object body) throws Exception {
    return mvc.perform(put(url).requestAttr(CallerArgumentResolver.ATTRIBUTE, caller)
        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
  }
}
