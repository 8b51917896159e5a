package id.meritflow.mutasi.proses;

import id.meritflow.support.ModelJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.meritflow.support.ModelTestEngine;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One scenario per path of processes/mutasi.bpmn. The merit checks, the advice, the pertek, the
 * registry and the signing sub-process (a stub with the same id) are recorders, so each path is
 * driven on its own; jobs and timers are executed by hand.
 */
@Deployment(resources = {"processes/mutasi.bpmn", "mutasi/penandatanganan-sk-stub.bpmn"})
class MutasiProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ModelTestEngine.extension();

  ProcessEngine processEngine;
  private final Deque<String> kesimpulan = new ArrayDeque<>();
  private final List<String> langkah = new ArrayList<>();
  private final Map<String, Object> diterimaSk = new HashMap<>();
  private boolean perluTinjauan;
  private boolean skDitolak;

  @BeforeEach
  void mocks() {
    init(processEngine);
    Mocks.register("periksaSyaratMutasiDelegate", (JavaDelegate) execution -> {
      String k = kesimpulan.isEmpty() ? "LULUS" : kesimpulan.pop();
      langkah.add("periksa:" + k);
      execution.setVariable("kesimpulanPemeriksaan", k);
      execution.setVariable("hasilPemeriksaan", "[]");
      execution.setVariable("perluPersetujuan", k.equals("PERLU_PERSETUJUAN") ? "POL-71-2" : "");
    });
    Mocks.register("catatDokumenPersetujuanListener", (TaskListener) task -> {
      langkah.add("dokumen:" + task.getVariable("kodeAturan"));
      task.getExecution().setVariable("dokumenPersetujuan", "[{\"kodeAturan\":\"POL-71-2\"}]");
    });
    Mocks.register("nilaiUsulanMutasiDelegate", (JavaDelegate) execution -> {
      execution.setVariable("skorKecocokan", 0.4);
      execution.setVariable("risikoMutasi", perluTinjauan ? "[\"SKOR_RENDAH\"]" : "[]");
      execution.setVariable("perluTinjauan", perluTinjauan);
      execution.setVariable("penjelasanRekomendasi", "Uji");
    });
    Mocks.register("jejakKeputusanListener", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
    Mocks.register("keputusanTinjauanListener", new KeputusanTinjauanListener());
    Mocks.register("slaListener", (TaskListener) task -> langkah.add("sla:" + task.getEventName()));
    Mocks.register("slaPengingatDelegate", (JavaDelegate) execution -> langkah.add("pengingat"));
    Mocks.register("slaEskalasiDelegate", (JavaDelegate) execution -> langkah.add("eskalasi"));
    Mocks.register("slaPersetujuanOtomatisDelegate", (JavaDelegate) execution -> {
      execution.getProcessInstance().setVariable((String) execution.getVariableLocal("variabelKeputusan"),
          execution.getVariableLocal("nilaiKeputusan"));
      execution.setVariable("disetujuiOtomatis", true);
    });
    Mocks.register("terbitkanPertekDelegate", (JavaDelegate) execution -> {
      execution.setVariable("nomorPertek", "PERTEK/KANREG/" + execution.getProcessBusinessKey());
      langkah.add("pertek");
    });
    Mocks.register("skStubDelegate", (JavaDelegate) execution -> {
      diterimaSk.putAll(execution.getVariables());
      diterimaSk.put("businessKey", execution.getProcessBusinessKey());
      if (skDitolak) {
        execution.setVariable("alasanPenolakan", "Jabatan keliru");
        throw new BpmnError("SK_DITOLAK", "Jabatan keliru");
      }
      execution.setVariable("nomorSk", "800.1.3.3/0007/BKN/2026");
      execution.setVariable("kodeVerifikasi", "ABCD-1234");
      execution.setVariable("sha256Sk", "00ff");
    });
    Mocks.register("tundaKarenaDisiplinDelegate", (JavaDelegate) execution -> {
      langkah.add("tunda:" + execution.getVariable("kasusDisiplinId"));
      execution.setVariable("statusAkhir", "DITUNDA_DISIPLIN");
    });
    Mocks.register("perbaruiJabatanMutasiDelegate", (JavaDelegate) execution ->
        langkah.add("jabatan:" + execution.getVariable("nomorSk") + "@" + execution.getVariable("tmt")));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void eligibleLowRiskProposalRunsThroughWithoutAnyPerson() {
    ProcessInstance kasus = mulai("2026-01-05");

    ModelJobs.jalankanSampaiTunggu(kasus);

    assertThat(kasus).isEnded().hasPassedInOrder("Task_PeriksaSyarat", "Task_NilaiRekomendasi",
        "Task_TerbitkanPertek", "Call_PenandatangananSk", "Timer_MenungguTmt", "Task_PerbaruiJabatan",
        "End_MutasiSelesai").hasNotPassed("Task_TinjauUsulan");
    assertThat(langkah).containsExactly("periksa:LULUS", "pertek", "jabatan:800.1.3.3/0007/BKN/2026@2026-01-05");
    assertThat(diterimaSk).containsEntry("nip", "198501012010011001").containsEntry("jenisKeputusan", "MUTASI")
        .containsEntry("tmt", "2026-01-05").containsEntry("jabatanSasaranId", "jab-tujuan")
        .containsEntry("businessKey", "MUT-2026-UJI");
  }

  @Test
  void proposalWaitingForApprovalIsCheckedAgainAfterTheDocumentIsRecorded() {
    kesimpulan.add("PERLU_PERSETUJUAN");
    ProcessInstance kasus = mulai("2026-01-05");
    execute(job(kasus));

    assertThat(kasus).isWaitingAt("Task_CatatDokumen").task().hasCandidateGroup("operator");
    complete(task(kasus), withVariables("kodeAturan", "POL-71-2", "nomor", "100.2/123/OTDA",
        "tanggal", "2026-01-02", "penerbit", "Mendagri"));
    ModelJobs.jalankanSampaiTunggu(kasus);

    assertThat(kasus).isEnded().hasPassed("End_MutasiSelesai");
    assertThat(langkah).startsWith("periksa:PERLU_PERSETUJUAN", "dokumen:POL-71-2", "periksa:LULUS");
  }

  @Test
  void failedProposalGoesBackToTheOperatorWhoMayWithdrawIt() {
    kesimpulan.add("GAGAL");
    ProcessInstance kasus = mulai("2026-01-05");
    execute(job(kasus));

    assertThat(kasus).isWaitingAt("Task_PerbaikiUsulan").task().hasCandidateGroup("operator");
    complete(task(kasus), withVariables("tindakLanjut", "TARIK"));

    assertThat(kasus).isEnded().hasPassed("End_UsulanDitolak").hasNotPassed("Task_NilaiRekomendasi");
  }

  @Test
  void correctedProposalIsCheckedAgain() {
    kesimpulan.add("GAGAL");
    ProcessInstance kasus = mulai("2026-01-05");
    execute(job(kasus));
    complete(task(kasus), withVariables("tindakLanjut", "AJUKAN_ULANG", "jabatanTujuanId", "jab-lain"));
    ModelJobs.jalankanSampaiTunggu(kasus);

    assertThat(kasus).isEnded().hasPassed("End_MutasiSelesai");
    assertThat(langkah).startsWith("periksa:GAGAL", "periksa:LULUS");
    assertThat(diterimaSk).containsEntry("jabatanSasaranId", "jab-lain");
  }

  @Test
  void riskyProposalIsReviewedAndApprovedByTheVerifier() {
    perluTinjauan = true;
    ProcessInstance kasus = mulai("2026-01-05");
    ModelJobs.jalankanSampaiTunggu(kasus);

    assertThat(kasus).isWaitingAt("Task_TinjauUsulan").task().hasCandidateGroup("verifikator-bkn");
    complete(task(kasus), withVariables("keputusanTinjauan", "SETUJU"));
    ModelJobs.jalankanSampaiTunggu(kasus);

    assertThat(kasus).isEnded().hasPassed("End_MutasiSelesai");
    assertThat(langkah).contains("sla:create", "sla:complete");
  }

  @Test
  void riskyProposalRejectedByTheVerifierEnds() {
    perluTinjauan = true;
    ProcessInstance kasus = mulai("2026-01-05");
    ModelJobs.jalankanSampaiTunggu(kasus);
    complete(task(kasus), withVariables("keputusanTinjauan", "TOLAK"));

    assertThat(kasus).isEnded().hasPassed("End_DitolakVerifikator").hasNotPassed("Task_TerbitkanPertek");
  }

  @Test
  void reviewNotDecidedWithinFiveWorkingDaysIsApprovedAutomaticallyOnDaySix() {
    perluTinjauan = true;
    ProcessInstance kasus = mulai("2026-01-05");
    ModelJobs.jalankanSampaiTunggu(kasus);

    execute(timer("Timer_Pengingat"));
    execute(timer("Timer_Eskalasi"));
    assertThat(kasus).isWaitingAt("Task_TinjauUsulan");
    execute(timer("Timer_PersetujuanOtomatis"));

    assertThat(kasus).hasPassed("Task_SetujuiOtomatis").variables().containsEntry("disetujuiOtomatis", true)
        .containsEntry("keputusanTinjauan", "SETUJU");
    ModelJobs.jalankanSampaiTunggu(kasus);
    assertThat(kasus).isEnded().hasPassed("End_MutasiSelesai");
    assertThat(langkah).contains("pengingat", "eskalasi");
  }

  @Test
  void rejectedSignatureEndsAtSkDitolak() {
    skDitolak = true;
    ProcessInstance kasus = mulai("2026-01-05");
    ModelJobs.jalankanSampaiTunggu(kasus);

    assertThat(kasus).isEnded().hasPassed("End_SkDitolak").hasNotPassed("Task_PerbaruiJabatan");
  }

  @Test
  void futureTmtWaitsAtTheTimerUntilItFires() {
    String tmt = id.meritflow.support.SuiteClock.hariIni().plusMonths(2).toString();
    ProcessInstance kasus = mulai(tmt);
    ModelJobs.jalankanSampaiTunggu(kasus);

    assertThat(kasus).isWaitingAt("Timer_MenungguTmt").variables().containsEntry("nomorSk", "800.1.3.3/0007/BKN/2026");
    Job timer = timer("Timer_MenungguTmt");
    assertThat(timer.getDuedate()).isEqualTo(java.sql.Timestamp.valueOf(tmt + " 00:00:00"));
    assertThat(langkah).doesNotContain("jabatan:800.1.3.3/0007/BKN/2026@" + tmt);

    execute(timer);
    execute(job(kasus));
    assertThat(kasus).isEnded().hasPassed("Task_PerbaruiJabatan");
  }

  @Test
  void disciplinaryCaseOpenedForTheSameEmployeeEndsATransferWaitingForItsTmt() {
    String tmt = id.meritflow.support.SuiteClock.hariIni().plusMonths(2).toString();
    ProcessInstance kasus = mulai(tmt);
    ProcessInstance lain = runtimeService().startProcessInstanceByKey("mutasi", "MUT-2026-LAIN",
        Map.of("nip", "199001012015011001", "tmt", tmt, "rute", "DALAM_INSTANSI"));
    ModelJobs.jalankanSampaiTunggu(kasus);
    assertThat(kasus).isWaitingAt("Timer_MenungguTmt");

    var hasil = runtimeService().createMessageCorrelation("KasusDisiplinDibuka")
        .processInstanceVariableEquals("nip", "198501012010011001")
        .setVariable("kasusDisiplinId", "DIS-2026-UJI")
        .setVariable("alasanPenundaan", "Ditunda karena kasus disiplin DIS-2026-UJI (tidak masuk kerja 28 hari)")
        .correlateAllWithResult();

    assertThat(hasil).hasSize(1);
    assertThat(kasus).isEnded().hasPassed("Task_TundaKarenaDisiplin", "End_MutasiDitundaDisiplin")
        .hasNotPassed("Task_PerbaruiJabatan");
    assertThat(langkah).contains("tunda:DIS-2026-UJI");
    assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
        .createHistoricVariableInstanceQuery().processInstanceId(kasus.getId()).variableName("statusAkhir")
        .singleResult().getValue()).isEqualTo("DITUNDA_DISIPLIN");
    assertThat(lain).isNotEnded();
  }


  private static Job timer(String activityId) {
    return managementService().createJobQuery().activityId(activityId).singleResult();
  }

  private static ProcessInstance mulai(String tmt) {
    Map<String, Object> v = new HashMap<>();
    v.put("nip", "198501012010011001");
    v.put("instansiTujuanId", "kota-bandung");
    v.put("unitKerjaTujuanId", "unit-tujuan");
    v.put("jabatanTujuanId", "jab-tujuan");
    v.put("rute", "ANTAR_INSTANSI_SATU_PROVINSI");
    v.put("alasanKategori", "PENGEMBANGAN_KARIER");
    v.put("alasanUraian", "Pengembangan karier");
    v.put("atasPermintaanSendiri", false);
    v.put("tanggalUsulan", "2026-01-02");
    v.put("tmt", tmt);
    return runtimeService().startProcessInstanceByKey("mutasi", "MUT-2026-UJI", v);
  }
}
