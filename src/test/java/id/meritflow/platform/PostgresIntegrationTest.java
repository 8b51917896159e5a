package id.meritflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.EngineAwait;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The engine and the registry on a real PostgreSQL, through the production {@code postgres}
 * profile. Runs when MERITFLOW_TEST_POSTGRES_URL names a database (CI sets it; see README).
 */
@EnabledIfEnvironmentVariable(named = "MERITFLOW_TEST_POSTGRES_URL", matches = ".+",
    disabledReason = "PostgreSQL tests skipped: set MERITFLOW_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/<db>"
        + " (and MERITFLOW_TEST_POSTGRES_USER, default postgres) to run them")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"meritflow.demo.pegawai=500",
        // No demo KP list: the promotion test below proposes Cimahi's first employees of the open period.
        "meritflow.demo.contoh-kenaikan-pangkat=false",
        // Not "default": the shared H2 application context's engine keeps that name (see MeritFlowIntegrationTest).
        "camunda.bpm.process-engine-name=postgresit"})
@ActiveProfiles({"demo", "postgres"})
class PostgresIntegrationTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("MERITFLOW_DB_URL", () -> System.getenv("MERITFLOW_TEST_POSTGRES_URL"));
    registry.add("MERITFLOW_DB_USER", () -> env("MERITFLOW_TEST_POSTGRES_USER", "postgres"));
    registry.add("MERITFLOW_DB_PASSWORD", () -> env("MERITFLOW_TEST_POSTGRES_PASSWORD", ""));
  }

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired TestRestTemplate rest;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;

  @Test
  void runsOnPostgresWithTheRegistryMigratedByFlyway() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success and version = '1'",
        Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from pegawai", Integer.class)).isGreaterThanOrEqualTo(500);
  }

  @Test
  void batchedInsertsAreSentAsMultiRowInsertsAndEveryRowIsWritten() throws Exception {
    try (var c = dataSource.getConnection(); var ddl = c.createStatement()) {
      ddl.execute("create temporary table uji_batch (n int primary key)");
      try (var insert = c.prepareStatement("insert into uji_batch (n) values (?)")) {
        for (int n = 1; n <= 3; n++) {
          insert.setInt(1, n);
          insert.addBatch();
        }
        // Rows sent in a multi-row insert are answered "done, count unknown" (the driver rewrites the
        // batch in groups of a power of two: here two rows together, the third alone); a statement
        // per row would answer 1 each.
        assertThat(insert.executeBatch()).containsExactly(java.sql.Statement.SUCCESS_NO_INFO,
            java.sql.Statement.SUCCESS_NO_INFO, 1);
      }
      try (var count = ddl.executeQuery("select count(*) from uji_batch")) {
        count.next();
        assertThat(count.getInt(1)).isEqualTo(3);
      }
    }
  }

  @Test
  void approvedEducationUpdateReachesTheRegistryThroughTheEngine() {
    jdbc.update("update pegawai set pendidikan = 'S1' where nip = ?", DemoPegawai.DEWI_NIP);
    String kasus = runtimeService.startProcessInstanceByKey("pemutakhiran-pendidikan", "PP-PG-" + UUID.randomUUID(),
        Map.of("nip", DemoPegawai.DEWI_NIP, "pendidikanBaru", "S2", "bidangPendidikan", "Kebijakan Publik",
            "perguruanTinggi", "Universitas Indonesia", "nomorIjazah", "UI/2025/77", "tanggalIjazah", "2025-02-01"))
        .getId();
    var task = taskService.createTaskQuery().processInstanceId(kasus).singleResult();
    assertThat(task.getTenantId()).isEqualTo("cimahi");

    taskService.complete(task.getId(), Map.of("keputusanVerifikasi", "SETUJU"));

    EngineAwait.ended(runtimeService, kasus);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(kasus).singleResult()
        .getEndActivityId()).isEqualTo("End_DataDiperbarui");
    assertThat(jdbc.queryForObject("select pendidikan from pegawai where nip = ?", String.class, DemoPegawai.DEWI_NIP))
        .isEqualTo("S2");
  }

  @Test
  void aCaseDocumentIsStoredAndReadBackByteForByteOnPostgres() {
    // given a running education update of Dewi, waiting for BKN's verifier
    String kasus = runtimeService.startProcessInstanceByKey("pemutakhiran-pendidikan", "PP-PG-DOK-" + UUID.randomUUID(),
        Map.of("nip", DemoPegawai.DEWI_NIP, "pendidikanBaru", "S2", "bidangPendidikan", "Kebijakan Publik",
            "perguruanTinggi", "Universitas Indonesia", "nomorIjazah", "UI/2025/78", "tanggalIjazah", "2025-02-01"))
        .getId();
    byte[] png = new byte[300_000];
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
    png[png.length - 1] = 42;

    // when the agency's operator uploads a scan
    var part = new org.springframework.http.HttpHeaders();
    part.setContentType(org.springframework.http.MediaType.IMAGE_PNG);
    var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
    body.add("jenis", "LAINNYA");
    body.add("berkas", new org.springframework.http.HttpEntity<>(new org.springframework.core.io.ByteArrayResource(png) {
      @Override
      public String getFilename() {
        return "ijazah.png";
      }
    }, part));
    var created = rest.withBasicAuth("operator-cimahi", "demo").postForEntity("/api/kasus/" + kasus + "/dokumen", body,
        Map.class);

    // then the verifier who has the case's task reads it back unchanged
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    var download = rest.withBasicAuth("verifikator-bkn", "demo").getForEntity((String) created.getBody().get("url"),
        byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(png);
    runtimeService.deleteProcessInstance(kasus, "test selesai");
  }

  @Test
  void attendanceDataOpensADisciplinaryCaseOnceAndTheEarlyWarningListsItsNeighbour() {
    String nip = jdbc.queryForObject("""
        select p.nip from pegawai p where p.instansi_id = 'cimahi' and p.nip <> ? order by p.nip desc
        fetch first 1 rows only""", String.class, DemoPegawai.DEWI_NIP);
    int tahun = id.meritflow.support.SuiteClock.hariIni().getYear();
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    var body = new org.springframework.http.HttpEntity<>("{\"tahun\":" + tahun + ",\"pegawai\":[{\"nip\":\"" + nip
        + "\",\"hariTidakMasuk\":13,\"tidakMasukBeruntun\":2}]}", headers);

    var first = rest.withBasicAuth("operator-cimahi", "demo").postForEntity("/api/disiplin/kehadiran", body, String.class);
    var again = rest.withBasicAuth("operator-cimahi", "demo").postForEntity("/api/disiplin/kehadiran", body, String.class);

    assertThat(first.getBody()).contains("KASUS_DIBUKA").contains("POTONGAN_TUKIN_25_6");
    assertThat(again.getBody()).contains("SUDAH_ADA");
    assertThat(jdbc.queryForObject("select count(*) from kasus_disiplin where nip = ? and status = 'TERBUKA'",
        Integer.class, nip)).isOne();
    assertThat(rest.withBasicAuth("atasan-cimahi", "demo").getForObject("/api/disiplin/peringatan-dini", String.class))
        .contains(nip).contains("POTONGAN_TUKIN_25_9");
  }

  @Test
  void checkResultsLongerThanAStringVariableAreKeptWholeOnPostgres() {
    // given a running case and check results of 20,000 characters (a rule list with many facts)
    String kasus = runtimeService.startProcessInstanceByKey("pemutakhiran-pendidikan", "PP-PG-HASIL-" + UUID.randomUUID(),
        Map.of("nip", DemoPegawai.DEWI_NIP, "pendidikanBaru", "S2", "bidangPendidikan", "Kebijakan Publik",
            "perguruanTinggi", "Universitas Indonesia", "nomorIjazah", "UI/2025/79", "tanggalIjazah", "2025-02-01"))
        .getId();
    String hasil = "[" + "{\"kode\":\"KP-MASA-KERJA\",\"status\":\"LULUS\",\"fakta\":{\"x\":\"é\"}},".repeat(400)
        + "{}]";
    assertThat(hasil.length()).isGreaterThan(20_000);

    // then a plain String variable of that length is refused by PostgreSQL's 4,000-character column
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService.setVariable(kasus, "hasilPemeriksaan", hasil))
        .hasStackTraceContaining("value too long");

    // and the form the processes now use keeps every character
    runtimeService.setVariable(kasus, "hasilPemeriksaan", id.meritflow.platform.engine.TeksPanjang.nilai(hasil));
    assertThat(id.meritflow.platform.engine.TeksPanjang.teks(runtimeService.getVariable(kasus, "hasilPemeriksaan")))
        .isEqualTo(hasil);
    assertThat(id.meritflow.platform.engine.TeksPanjang.teks(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(kasus).variableName("hasilPemeriksaan").singleResult().getValue())).isEqualTo(hasil);
    runtimeService.deleteProcessInstance(kasus, "test selesai");
  }

  @Test
  void theJobExecutorsAcquisitionWalksThePriorityIndexAndSkipsTimersNotYetDueInIt() {
    // given the engine's extra job indexes (EngineIndexes), created after the engine's schema
    assertThat(jdbc.queryForList("select indexname from pg_indexes where indexname like 'mf_idx_job_%' order by 1",
        String.class)).containsExactly("mf_idx_job_acquire", "mf_idx_job_locked");

    // when PostgreSQL plans the job executor's acquisition as the engine sends it with every job given a
    // due date (ensureJobDueDateNotNull: "due date <= now", no "or due date is null"; ordered by
    // priority, exclusive jobs checked against the locked ones), told that reading the whole table and
    // sorting it are dear, as they are with a batch's thousands of jobs waiting
    String plan = new org.springframework.transaction.support.TransactionTemplate(transactionManager).execute(status -> {
      // with a handful of jobs any plan is cheap; these say what thousands of waiting jobs make true
      jdbc.execute("set local enable_seqscan = off");
      jdbc.execute("set local enable_bitmapscan = off");
      jdbc.execute("set local enable_sort = off");
      return String.join("\n", jdbc.queryForList("""
          explain select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_ from ACT_RU_JOB RES
          where (RES.RETRIES_ > 0) and (RES.DUEDATE_ <= now())
            and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < now()) and RES.SUSPENSION_STATE_ = 1
            and ((RES.EXCLUSIVE_ = true and not exists (select J2.ID_ from ACT_RU_JOB J2
                  where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_
                    and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now())))
                 or RES.EXCLUSIVE_ = false)
          order by RES.PRIORITY_ desc limit 3""", String.class));
    });

    // then the jobs come from the priority index in its order (no sort of all of them), the due date is
    // checked in that index (a timer not yet due is passed over without reading its row: with the "is
    // null or" form it was a filter on every row read), and the locked jobs come from the partial index
    assertThat(plan).contains("mf_idx_job_acquire").contains("mf_idx_job_locked").doesNotContain("Sort");
    assertThat(plan).containsPattern("Index Cond: \\(+duedate_ <= now\\(\\)");
  }

  @Test
  void tasklistsPageOfTasksComesInCreationOrderAndCompletingATaskFindsItsSubTasksByIndex() throws Exception {
    // the engine's extra index (EngineIndexes), created after the engine's schema
    assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = 'mf_idx_task_parent'", Integer.class))
        .isEqualTo(1);
    // given six verification tasks created a minute apart, after every other task of the database
    java.util.List<String> kasus = new java.util.ArrayList<>();
    java.util.List<String> tugas = new java.util.ArrayList<>();
    long base = System.currentTimeMillis() + 3_600_000L;
    try {
      for (int i = 0; i < 6; i++) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new java.util.Date(base + i * 60_000L));
        String id = runtimeService.startProcessInstanceByKey("pemutakhiran-pendidikan", "PP-URUT-" + UUID.randomUUID(),
            Map.of("nip", DemoPegawai.DEWI_NIP, "pendidikanBaru", "S2", "bidangPendidikan", "Kebijakan Publik",
                "perguruanTinggi", "Universitas Indonesia", "nomorIjazah", "UI/2025/" + i, "tanggalIjazah", "2025-02-01"))
            .getId();
        kasus.add(id);
        tugas.add(taskService.createTaskQuery().processInstanceId(id).singleResult().getId());
      }
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    try {
      // when the verifier's Tasklist asks for the newest four of its group's unassigned tasks (PostgreSQL walks
      // the creation-time index for this page: TaskListInCreationOrder)
      var page = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rest.withBasicAuth("verifikator-bkn", "demo")
          .getForObject("/engine-rest/engine/postgresit/task?candidateGroups=verifikator-bkn&unassigned=true&sortBy=created&sortOrder=desc"
              + "&firstResult=0&maxResults=4", String.class));

      // then they are the four newest, newest first
      assertThat(page.findValuesAsText("id")).containsExactly(tugas.get(5), tugas.get(4), tugas.get(3), tugas.get(2));
    } finally {
      kasus.forEach(id -> runtimeService.deleteProcessInstance(id, "test selesai"));
    }
  }

  @Test
  void tenantIsolationHoldsOnPostgres() {
    var response = rest.withBasicAuth("operator-cimahi", "demo")
        .getForEntity("/api/pegawai/" + DemoPegawai.SARI_NIP, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/pegawai", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void employeeSearchAndTransferListRunOnPostgres() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    // name words in any case and order, with a LIKE wildcard taken literally; a NIP prefix as a key range
    var byName = json.readTree(rest.withBasicAuth("operator-cimahi", "demo")
        .getForObject("/api/pegawai?cari=LESTARI dewi", String.class));
    assertThat(byName.get("items").findValuesAsText("nip")).contains(DemoPegawai.DEWI_NIP);
    assertThat(byName.get("total").asLong()).isEqualTo(byName.get("items").size());
    assertThat(byName.get("items").get(0).get("golongan").asText()).contains(" \u2014 ");
    assertThat(json.readTree(rest.withBasicAuth("operator-cimahi", "demo")
        .getForObject("/api/pegawai?cari=de%wi", String.class)).get("total").asLong()).isZero();
    assertThat(json.readTree(rest.withBasicAuth("operator-cimahi", "demo")
        .getForObject("/api/pegawai?cari=19850312", String.class)).get("items").findValuesAsText("nip"))
        .contains(DemoPegawai.DEWI_NIP).allSatisfy(n -> assertThat(n).startsWith("19850312"));

    // a transfer to a full position fails its checks and waits for the operator
    Map<String, Object> target = jdbc.queryForMap("""
        select j.id, j.unit_kerja_id from jabatan j where j.instansi_id = 'cimahi' and j.jenis = 'PELAKSANA'
          and j.kebutuhan <= (select count(*) from pegawai p where p.jabatan_id = j.id) order by j.id fetch first 1 rows only""");
    String nip = jdbc.queryForObject("""
        select nip from pegawai where instansi_id = 'cimahi' and nip not in (?, ?) and jabatan_id <> ?
        order by nip desc fetch first 1 rows only""", String.class, DemoPegawai.DEWI_NIP, DemoPegawai.BUDI_NIP,
        target.get("id"));
    String today = id.meritflow.support.SuiteClock.hariIni().toString();
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    var created = rest.withBasicAuth("operator-cimahi", "demo").postForEntity("/api/mutasi",
        new org.springframework.http.HttpEntity<>(json.writeValueAsString(Map.of("nip", nip, "instansiTujuanId", "cimahi",
            "unitKerjaTujuanId", target.get("unit_kerja_id"), "jabatanTujuanId", target.get("id"), "rute", "DALAM_INSTANSI",
            "alasan", Map.of("kategori", "ROTASI", "uraian", "Penyegaran"), "atasPermintaanSendiri", false,
            "tanggalUsulan", today, "tmt", today)), headers), String.class);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    EngineAwait.task(taskService, json.readTree(created.getBody()).get("id").asText(), "Task_PerbaikiUsulan");

    // the transfer list reads it from the history, its step through a native query over the page's cases
    var mutasi = rest.withBasicAuth("operator-cimahi", "demo").getForEntity("/api/mutasi?status=BERJALAN&nip=" + nip,
        String.class);
    assertThat(mutasi.getStatusCode()).as(mutasi.getBody()).isEqualTo(HttpStatus.OK);
    var row = json.readTree(mutasi.getBody()).get("items").get(0);
    assertThat(row.get("businessKey").asText()).isEqualTo(json.readTree(created.getBody()).get("businessKey").asText());
    assertThat(row.get("langkah").asText()).isEqualTo("Perbaiki atau tarik usulan");
    assertThat(row.get("nama").asText()).isNotBlank();
  }


  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  @Test
  void pantauanFiguresRunOnPostgresAndShowTheDemosStepPastItsSla() throws Exception {
    for (String path : java.util.List.of("kasus-terbuka", "sla/terlambat/langkah", "sla/persetujuan-otomatis",
        "sla/durasi", "kp", "kp/aturan", "batch", "disiplin", "talenta", "kasus-terbuka?format=csv")) {
      var r = rest.withBasicAuth("supervisor", "demo").getForEntity("/api/pantauan/" + path, String.class);
      assertThat(r.getStatusCode()).as(path + ": " + r.getBody()).isEqualTo(HttpStatus.OK);
    }
    var terlambat = rest.withBasicAuth("supervisor", "demo").getForEntity("/api/pantauan/sla/terlambat?instansi=jabar",
        String.class);
    assertThat(terlambat.getBody()).contains("\"langkah\":\"Task_VerifikasiUsulan\"");
  }

  @Test
  void aPromotionListIsScreenedRowByRowAndCleanRowsAreSignedOnPostgres() throws Exception {
    var kp = new id.meritflow.kenaikanpangkat.KpTestSupport(rest, jdbc, managementService);
    var periode = id.meritflow.kenaikanpangkat.KpTestSupport.periodeTerbuka(0);
    java.util.List<String> nips = jdbc.queryForList("""
        select nip from pegawai where instansi_id = 'cimahi' and nip not in (select nip from usulan_kp where periode = ?)
        order by nip fetch first 40 rows only""", String.class, periode.toString());
    String body = nips.stream().map(n -> id.meritflow.kenaikanpangkat.KpTestSupport.row(n, "REGULER", periode))
        .collect(java.util.stream.Collectors.joining(",", "[", "]"));

    var r = kp.submit("operator-cimahi", "kp-pg-" + UUID.randomUUID(), body, org.springframework.http.MediaType.APPLICATION_JSON);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    kp.awaitBatchSettled("operator-cimahi", id.meritflow.kenaikanpangkat.KpTestSupport.JSON.readTree(r.getBody()).get("id").asText(), 180);

    var harapan = kp.harapan();
    int lulus = 0;
    for (String nip : nips) {
      var h = harapan.untuk(nip, "REGULER", periode.atDay(1));
      var u = jdbc.queryForMap("select kesimpulan, status, nomor_sk from usulan_kp where business_key = ?", "KP-" + periode + "-" + nip);
      assertThat(u.get("kesimpulan")).as(nip).isEqualTo(h.kesimpulan());
      if (h.kesimpulan().equals("LULUS") && !h.keppres()) {
        lulus++;
        assertThat(u.get("status")).as(nip).isEqualTo("SK_TERBIT");
        assertThat(u.get("nomor_sk")).as(nip).isNotNull();
      }
    }
    assertThat(lulus).as("clean rows among the 40").isPositive();
  }
}
