package id.meritflow.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.CallActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.ServiceTaskBuilder;

/**
 * The bare engine, on the same engine configuration, history level and database, in the same run:
 * a process shaped like mutasi's straight-through path with no-op tasks. Deployed only by the
 * benchmark (not in processes/).
 *
 * <p>mutasi's straight-through path: Periksa syarat (async) → Nilai rekomendasi (async) → Terbitkan
 * pertek (async) → call penandatanganan-sk [Siapkan data (async) → Tentukan penandatangan (DMN,
 * synchronous) → Terbitkan SK delegasi (async)] → Menunggu TMT (timer, TMT today: due at once) →
 * Perbarui jabatan (async). So: 7 no-op tasks, 6 of them asyncBefore, one call activity, one timer
 * already due. Started through the engine REST API as the same operator that proposes the transfer.
 */
final class BaselineScenario implements Scenario {

  static final String NAME = "baseline";
  static final String KEY = "benchmark-dasar";
  static final String KEY_VARIABLES = KEY + "-variabel";
  static final String CHILD_KEY = "benchmark-dasar-sk";
  static final int NO_OP_TASKS = 7;
  static final int ASYNC_POINTS = 6;

  /**
   * A diagnostic, not part of the quick run (the full run and the smoke size run it, or
   * {@code --scenarios ...,baselineVariables}): the bare engine
   * with mutasi's process variables — 11 at the start, set by the no-op tasks as mutasi's delegates set
   * theirs (two texts of about 1,000 characters among them), mapped into and out of the call as
   * mutasi's are: 28 in the case, 17 in the sub-process. It tells how much of mutasi's cost over the
   * bare engine is the engine's handling of the variables and how much is MeritFlow's own work.
   */
  static final String NAME_VARIABLES = "baselineVariables";

  private final boolean mutasiVariables;

  BaselineScenario() {
    this(false);
  }

  private BaselineScenario(boolean mutasiVariables) {
    this.mutasiVariables = mutasiVariables;
  }

  static BaselineScenario withMutasiVariables() {
    return new BaselineScenario(true);
  }

  @Override
  public String name() {
    return mutasiVariables ? NAME_VARIABLES : NAME;
  }

  private static String key(boolean mutasiVariables) {
    return mutasiVariables ? KEY_VARIABLES : KEY;
  }

  private static String childKey(boolean mutasiVariables) {
    return mutasiVariables ? CHILD_KEY + "-variabel" : CHILD_KEY;
  }

  @Override
  public ScenarioResult run(BenchmarkApp app, BenchmarkConfig config) throws Exception {
    deploy(app.bean(RepositoryService.class), mutasiVariables);
    CaseWatcher watcher = app.caseWatcher(Duration.ofSeconds(120));
    Map<String, Double> metrics = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    String startVariables = mutasiVariables ? startVariables(app.bean(org.springframework.jdbc.core.JdbcTemplate.class)
        .queryForObject("select min(nip) from pegawai where instansi_id = 'cimahi'", String.class)) : "";
    try (Http http = new Http(app.base, 8)) {
      ClosedLoop.Starter<Integer> starter = i -> {
        Http.Response r = http.post("operator-cimahi", app.engineRest("/process-definition/key/" + key(mutasiVariables) + "/start"),
            "{\"businessKey\":\"" + (mutasiVariables ? "DASARV-" : "DASAR-") + i + "\",\"variables\":{"
                + startVariables + "\"instansiId\":{\"value\":\"cimahi\",\"type\":\"String\"}}}");
        if (!r.ok()) {
          throw new IllegalStateException(r.status() + " " + r.body());
        }
        return Json.read(r.body()).get("id").asText();
      };
      // As many warm-up cases as mutasi's, run as mutasi's are: its other-type transfers with four
      // clients, then its own warm-up with one.
      ClosedLoop.run(4, range(0, MutasiStraightThroughScenario.warmupOtherType(config)), starter, watcher, "End_Dasar");
      ClosedLoop.run(1, range(500, config.warmup()), starter, watcher, "End_Dasar");
      // details.sql then counts the measured cases only, like mutasi's (divide by c1.cases + c4.cases).
      new SqlProfile(app.bean(javax.sql.DataSource.class)).reset();
      DatabaseWork work = new DatabaseWork(app.bean(javax.sql.DataSource.class));
      DatabaseWork.Snapshot before = work.snapshot();
      ClosedLoop.Outcome one = ClosedLoop.run(1, range(1_000, config.casesOneClient()), starter, watcher, "End_Dasar");
      CpuTime.Snapshot cpu = CpuTime.snapshot();
      ClosedLoop.Outcome four = ClosedLoop.run(4, range(2_000, 4 * config.casesPerClientOfFour()), starter, watcher, "End_Dasar");
      CpuTime.Snapshot cpuAfter = CpuTime.snapshot();
      metrics.putAll(one.metrics("c1."));
      metrics.putAll(four.metrics("c4."));
      metrics.putAll(CpuTime.perCase("c4.", cpu, cpuAfter, four.straightThrough()));
      metrics.putAll(DatabaseWork.perCase(before, work.snapshot(), one.straightThrough() + four.straightThrough()));
      problems.addAll(one.problems());
      problems.addAll(four.problems());
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("noOpTasks", NO_OP_TASKS);
    details.put("asyncBefore", ASYNC_POINTS);
    details.put("problems", problems);
    details.put("sqlScope", SqlProfile.MEASURED_CASES);
    return ScenarioResult.ok(name(), app.db.name(), metrics, details);
  }

  /**
   * mutasi's start variables besides the agency (VariabelMutasi.dari, plus the proposer), as JSON
   * members; the NIP is a registered employee's, since the platform resolves a case's agency from it.
   */
  private static String startVariables(String nip) {
    return java.util.stream.Stream.of(
      new String[] {"nip", nip}, new String[] {"instansiTujuanId", "cimahi"},
      new String[] {"unitKerjaTujuanId", "cimahi-bkpsdm"}, new String[] {"jabatanTujuanId", "cimahi-kabid-mutasi"},
      new String[] {"rute", "DALAM_INSTANSI"}, new String[] {"alasanKategori", "PENGEMBANGAN_KARIER"},
      new String[] {"alasanUraian", "Pengisian jabatan lowong"}, new String[] {"atasPermintaanSendiri", "false"},
      new String[] {"tanggalUsulan", "2026-11-16"}, new String[] {"tmt", "2026-11-16"},
      new String[] {"pengusul", "operator-cimahi"})
      .map(v -> "\"" + v[0] + "\":{\"value\":\"" + v[1] + "\",\"type\":\"String\"},")
      .collect(java.util.stream.Collectors.joining());
  }

  static List<Integer> range(int from, int count) {
    return IntStream.range(from, from + count).boxed().toList();
  }

  /**
   * Deploys the bare engine's two processes; with {@code mutasiVariables} (see {@link #NAME_VARIABLES})
   * the same shape under keys of its own, its no-op tasks setting mutasi's variables.
   */
  static void deploy(RepositoryService repository, boolean mutasiVariables) {
    String key = key(mutasiVariables);
    String childKey = childKey(mutasiVariables);
    if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0) {
      return;
    }
    boolean on = mutasiVariables;
    String text = "Hasil pemeriksaan: ".repeat(52); // about 1,000 characters, as the summaries mutasi keeps
    ServiceTaskBuilder siapkan = set(Bpmn.createExecutableProcess(childKey).camundaHistoryTimeToLive(3650).startEvent()
        .serviceTask("Task_Siapkan").camundaAsyncBefore().camundaExpression("${true}"), on,
        "jenisJabatan", "ADMINISTRATOR", "jenjang", "${null}", "tingkatInstansi", "KABUPATEN_KOTA",
        "namaPegawai", "Dewi Lestari", "jenisKeputusan", "MUTASI");
    ServiceTaskBuilder tentukan = set(siapkan.serviceTask("Task_Tentukan").camundaExpression("${true}"), on,
        "modeTandaTangan", "DELEGASI", "peranPenandatangan", "kepala-bkpsdm", "keppres", "${false}",
        "atasNama", "a.n. Wali Kota Cimahi", "untukBeliau", "Kepala BKPSDM");
    BpmnModelInstance child = set(tentukan.serviceTask("Task_Terbitkan").camundaAsyncBefore().camundaExpression("${true}"), on,
        "nomorSk", "800.1.6.2/1/CIMAHI/2026", "kodeVerifikasi", "ABCDEFGHJKMNPQRS",
        "sha256Sk", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
        .endEvent("End_DasarSk")
        .done();
    ServiceTaskBuilder periksa = set(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(3650).startEvent()
        .serviceTask("Task_Periksa").camundaAsyncBefore().camundaExpression("${true}"), on,
        "kesimpulanPemeriksaan", "LULUS", "hasilPemeriksaan", text, "ringkasanPemeriksaan", text, "perluPersetujuan", "");
    ServiceTaskBuilder nilai = set(periksa.serviceTask("Task_Nilai").camundaAsyncBefore().camundaExpression("${true}"), on,
        "skorKecocokan", "${89.0}", "perluTinjauan", "${false}", "risikoMutasi", "[]", "penjelasanRekomendasi", text);
    ServiceTaskBuilder pertek = set(nilai.serviceTask("Task_Pertek").camundaAsyncBefore().camundaExpression("${true}"), on,
        "nomorPertek", "PERTEK-2026-000001", "penerbitPertek", "Kantor Regional III BKN");
    CallActivityBuilder call = pertek.callActivity("Call_Sk").calledElement(childKey).camundaIn("instansiId", "instansiId");
    if (on) {
      call.camundaIn("nip", "nip").camundaIn("tmt", "tmt").camundaIn("jabatanTujuanId", "jabatanSasaranId")
          .camundaOut("nomorSk", "nomorSk").camundaOut("kodeVerifikasi", "kodeVerifikasi").camundaOut("sha256Sk", "sha256Sk")
          .camundaOut("alasanPenolakan", "alasanPenolakan");
    }
    BpmnModelInstance parent = set(call.intermediateCatchEvent("Timer_Tmt").timerWithDate("2020-01-01T00:00:00")
        .serviceTask("Task_Perbarui").camundaAsyncBefore().camundaExpression("${true}"), on,
        "riwayatJabatanId", "c9c1ff11-f222-11f1-af70-02fc00000001", "hasilKasus", "MUTASI_SELESAI")
        .endEvent("End_Dasar")
        .done();
    repository.createDeployment().name("benchmark (not a MeritFlow process)")
        .addModelInstance(childKey + ".bpmn", child).addModelInstance(key + ".bpmn", parent).deploy();
  }

  /** The task setting these variables (name, value, name, value …) when {@code on}, as a delegate would. */
  private static ServiceTaskBuilder set(ServiceTaskBuilder task, boolean on, String... namesAndValues) {
    for (int i = 0; on && i < namesAndValues.length; i += 2) {
      task.camundaOutputParameter(namesAndValues[i], namesAndValues[i + 1]);
    }
    return task;
  }
}
