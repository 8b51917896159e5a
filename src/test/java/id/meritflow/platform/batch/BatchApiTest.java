package id.meritflow.platform.batch;

import static id.meritflow.platform.batch.BatchTestData.AGENCY_A;
import static id.meritflow.platform.batch.BatchTestData.AGENCY_B;
import static id.meritflow.platform.batch.BatchTestData.nip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.security.CallerArgumentResolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The application's registry test context (same properties, so Spring reuses it). Not
 * transactional: cases are started by the engine's job executor in their own transactions, so
 * tests wait for the batch's process to finish and the data is removed after the class.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:registry;DB_CLOSE_DELAY=-1",
    "camunda.bpm.admin-user.password=Test-Passw0rd!",
    // Not "default": that name belongs to the demo application context (MeritFlowIntegrationTest)
    "camunda.bpm.process-engine-name=registryit"})
@AutoConfigureMockMvc(addFilters = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BatchApiTest {

  static final int EMPLOYEES_PER_AGENCY = 60;

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  BatchTestData data;

  @BeforeAll
  void givenAgenciesWithEmployees() {
    data = new BatchTestData(jdbc, runtime, history);
    data.removeAll();
    data.givenAgencies(employeesPerAgency());
  }

  int employeesPerAgency() {
    return EMPLOYEES_PER_AGENCY;
  }

  @AfterAll
  void removeTestData() {
    data.removeAll();
  }

  static Map<String, Object> row(String nip, String pendidikan, String nomorIjazah) {
    Map<String, Object> row = new HashMap<>();
    row.put("nip", nip);
    row.put("pendidikanBaru", pendidikan);
    row.put("bidangPendidikan", "Administrasi Publik");
    row.put("perguruanTinggi", "Universitas Padjadjaran");
    row.put("nomorIjazah", nomorIjazah);
    row.put("tanggalIjazah", "2024-08-17");
    return row;
  }

  static List<Map<String, Object>> validRows(int n) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      rows.add(row(nip(AGENCY_A, i), "S2", "IJZ-" + i));
    }
    return rows;
  }

  MvcResult submit(Caller caller, String key, Object rows) throws Exception {
    var request = post("/api/batch/" + UjiPendidikanBatch.KODE)
        .requestAttr(CallerArgumentResolver.ATTRIBUTE, caller)
        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(rows));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return mvc.perform(request).andReturn();
  }

  MvcResult submitCsv(Caller caller, String key, String csv) throws Exception {
    return mvc.perform(post("/api/batch/" + UjiPendidikanBatch.KODE)
        .requestAttr(CallerArgumentResolver.ATTRIBUTE, caller).header("Idempotency-Key", key)
        .contentType("text/csv").content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).andReturn();
  }

  MvcResult getAs(Caller caller, String url) throws Exception {
    return mvc.perform(get(url).requestAttr(CallerArgumentResolver.ATTRIBUTE, caller)).andReturn();
  }

  JsonNode body(MvcResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsString());
  }

  /** Waits (bounded) until the batch's "Proses batch" instance has ended. */
  void awaitCasesStarted(String batchId) {
    String pid = jdbc.queryForObject("select process_instance_id from batch where id = ?", String.class, batchId);
    await(Duration.ofSeconds(60), () -> history.createHistoricProcessInstanceQuery().processInstanceId(pid)
        .finished().count() == 1);
  }

  static void await(Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("kondisi tidak tercapai dalam " + timeout);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  long casesWithKeyPrefix(String batchId) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("pemutakhiran-pendidikan")
        .processInstanceBusinessKeyLike("UJI-" + batchId + "-%").count();
  }

  long distinctBusinessKeys(String batchId) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("pemutakhiran-pendidikan")
        .processInstanceBusinessKeyLike("UJI-" + batchId + "-%").list().stream()
        .map(p -> p.getBusinessKey()).distinct().count();
  }

  int rowsWithStatus(String batchId, String status) {
    return jdbc.queryForObject("select count(*) from batch_baris where batch_id = ? and status = ?", Integer.class,
        batchId, status);
  }
}
