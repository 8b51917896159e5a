package id.meritflow.disiplin.proses;

import id.meritflow.support.ModelJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
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
 * One scenario per path of processes/disiplin.bpmn. The delegates are recorders (the rules and
 * tables have their own tests; the whole chain runs in DisiplinEndToEndTest); timers are fired by
 * hand.
 */
@Deployment(resources = {"processes/disiplin.bpmn", "mutasi/penandatanganan-sk-stub.bpmn"})
class DisiplinProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ModelTestEngine.extension();

  ProcessEngine processEngine;
  private final List<String> langkah = new ArrayList<>();
  private final Deque<String> errorPenetapan = new ArrayDeque<>();
  private final Map<String, Object> diterimaSk = new HashMap<>();
  private String pemeriksa = "ATASAN";
  private boolean skDitolak;

  @BeforeEach
  void mocks() {
    init(processEngine);
    Mocks.register("catatKasusDisiplinDelegate", (JavaDelegate) execution -> {
      langkah.add("buka");
      execution.setVariable("tenggatPanggilan", "7 hari kerja");
      execution.setVariable("tenggatPenyampaian", "P14D");
      execution.setVariable("tenggatPutusanKeberatan", "21 hari kerja");
    });
    Mocks.register("tentukanPemeriksaDelegate", (JavaDelegate) execution -> {
      execution.setVariable("pemeriksa", pemeriksa);
      execution.setVariable("tingkatHukumanUsulan", pemeriksa.equals("TIM") ? "BERAT" : "RINGAN");
    });
    Mocks.register("bentukTimPemeriksaListener", (TaskListener) task ->
        task.getExecution().setVariable("jumlahAnggotaTim", task.getVariable("anggotaTim").toString().split(",").length));
    Mocks.register("jejakKeputusanListener", (TaskListener) task -> { });
    Mocks.register("slaListener", (TaskListener) task -> langkah.add("sla:" + task.getEventName()));
    Mocks.register("slaEskalasiDelegate", (JavaDelegate) execution -> langkah.add("eskalasi"));
    Mocks.register("tandaiAtasanDelegate", (JavaDelegate) execution -> langkah.add("tanda:" + execution.getVariable("kodeTanda")));
    Mocks.register("tetapkanHukumanDelegate", (JavaDelegate) execution -> {
      if (!errorPenetapan.isEmpty()) {
        throw new BpmnError("HUKUMAN_DI_LUAR_RENTANG", errorPenetapan.pop());
      }
      langkah.add("tetapkan");
      execution.setVariable("jenisHukuman", "PDH_TAPS");
      execution.setVariable("tingkatHukuman", "BERAT");
      execution.setVariable("uraianHukuman", "pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS");
      execution.setVariable("tmtRencana", "2026-12-08");
      execution.setVariable("peranKeberatan", "bpasn");
    });
    Mocks.register("skStubDelegate", (JavaDelegate) execution -> {
      diterimaSk.putAll(execution.getVariables());
      if (skDitolak) {
        skDitolak = false;
        execution.setVariable("alasanPenolakan", "BAP belum lengkap");
        throw new BpmnError("SK_DITOLAK", "BAP belum lengkap");
      }
      execution.setVariable("nomorSk", "800.1.6.4/1/CIMAHI/2026");
      execution.setVariable("kodeVerifikasi", "ABCD-1234");
      execution.setVariable("sha256Sk", "00ff");
    });
    Mocks.register("catatPenyampaianDelegate", (JavaDelegate) execution -> {
      LocalDate diterima = LocalDate.parse(execution.getVariable("tanggalDiterima").toString());
      execution.setVariable("tmtHukuman", diterima.plusDays(15).toString());
      execution.setVariable("batasKeberatan", diterima.plusDays(20) + "T23:59:59");
      execution.setVariable("upayaAdministratif", "BANDING");
      execution.setVariable("peranUpaya", "bpasn");
    });
    Mocks.register("catatStatusKasusDelegate", (JavaDelegate) execution -> langkah.add("status:" + execution.getVariable("statusKasus")));
    Mocks.register("terapkanUpayaAdministratifDelegate", (JavaDelegate) execution ->
        langkah.add("upaya:" + execution.getVariable("hasilUpaya")));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void ringanCaseExaminedBySuperiorTakesEffectOnDay15WhenNoObjectionIsFiled() {
    ProcessInstance kasus = mulai();
    assertThat(kasus).isWaitingAt("Task_PanggilanPertama").task().hasCandidateGroup("atasan");

    kirimPanggilan(kasus);
    periksa(kasus, true, true);
    sampaikanSampaiGerbang(kasus);

    assertThat(kasus).isWaitingAt("Gateway_SebelumBerlaku");
    Job hariKe15 = timer(kasus, "Timer_HariKe15");
    assertThat(hariKe15.getDuedate()).isEqualTo(java.sql.Timestamp.valueOf("2026-12-16 00:00:00"));
    execute(hariKe15);
    assertThat(kasus).isWaitingAt("Gateway_SetelahBerlaku");
    execute(timer(kasus, "Timer_BatasKeberatan"));

    assertThat(kasus).isEnded().hasPassedInOrder("Task_CatatKasus", "Task_TentukanPemeriksa", "Task_PanggilanPertama",
        "Task_Pemeriksaan", "Task_TetapkanHukuman", "Call_PenandatangananSk", "Task_SampaikanKeputusan",
        "Task_CatatPenyampaian", "Timer_HariKe15", "Task_BerlakukanHukuman", "Timer_BatasKeberatan", "End_HukumanBerlaku")
        .hasNotPassed("Task_BentukTim", "Task_SetujuiBap", "Task_TangguhkanHukuman");
    assertThat(langkah).containsSubsequence("buka", "tetapkan", "status:DIPUTUS");
    assertThat(diterimaSk).containsEntry("jenisKeputusan", "DISIPLIN").containsEntry("tmt", "2026-12-08")
        .containsEntry("tingkatHukuman", "BERAT").containsEntry("pelanggaran", "Tidak masuk kerja 28 hari")
        .containsEntry("hukuman", "pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS");
  }

  @Test
  void severeCaseIsExaminedByATeamFormedByThePpkAndEveryMemberMustSignTheBap() {
    pemeriksa = "TIM";
    ProcessInstance kasus = mulai();
    assertThat(kasus).isWaitingAt("Task_BentukTim").task().hasCandidateGroup("ppk");
    complete(task(kasus), withVariables("anggotaTim", "atasan-cimahi,pengawas-cimahi,operator-cimahi",
        "pembebasanSementara", true));

    kirimPanggilan(kasus);
    periksa(kasus, true, true);

    var bap = taskQuery().processInstanceId(kasus.getId()).taskDefinitionKey("Task_SetujuiBap").list();
    assertThat(bap).extracting(t -> t.getAssignee())
        .containsExactlyInAnyOrder("atasan-cimahi", "pengawas-cimahi", "operator-cimahi");
    taskService().complete(bap.get(0).getId(), Map.of("sikapAnggota", "SETUJU"));
    taskService().complete(bap.get(1).getId(), Map.of("sikapAnggota", "SETUJU"));
    assertThat(kasus).isWaitingAt("Task_SetujuiBap");
    taskService().complete(bap.get(2).getId(), Map.of("sikapAnggota", "CATATAN"));
    ModelJobs.jalankanSampaiTunggu(kasus);

    assertThat(kasus).isWaitingAt("Task_SampaikanKeputusan").variables().containsEntry("pembebasanSementara", true);
    assertThat(langkah).contains("tetapkan");
  }

  @Test
  void employeeAbsentTwiceIsDecidedOnTheEvidence() {
    ProcessInstance kasus = mulai();
    kirimPanggilan(kasus);
    periksa(kasus, false, true);

    assertThat(kasus).isWaitingAt("Task_PanggilanKedua").task().hasCandidateGroup("atasan");
    complete(task(kasus), withVariables("nomorPanggilanKedua", "800/PGL-2", "tanggalPemeriksaan", "2026-11-20"));
    assertThat(kasus).isWaitingAt("Task_Pemeriksaan");
    periksa(kasus, false, true);

    assertThat(kasus).hasPassed("Task_TetapkanHukuman").hasPassedInOrder("Task_PanggilanPertama", "Task_Pemeriksaan",
        "Task_PanggilanKedua", "Task_Pemeriksaan", "Task_TetapkanHukuman");
  }

  @Test
  void superiorWhoSendsNoSummonsWithinSevenWorkingDaysIsFlagged() {
    ProcessInstance kasus = mulai();
    Job timer = timer(kasus, "Timer_PanggilanPertama");
    assertThat(timer.getDuedate()).isAfterOrEqualTo(java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(id.meritflow.support.SuiteClock.clock()).plusDays(8)));

    execute(timer);

    assertThat(kasus).isWaitingAt("Task_PanggilanPertama").hasPassed("Task_TandaiPanggilanPertama");
    assertThat(langkah).contains("tanda:DIS-ATASAN");
  }

  @Test
  void secondSummonsNotSentInTimeFlagsTheSuperiorToo() {
    ProcessInstance kasus = mulai();
    kirimPanggilan(kasus);
    periksa(kasus, false, true);

    execute(timer(kasus, "Timer_PanggilanKedua"));

    assertThat(kasus).isWaitingAt("Task_PanggilanKedua").hasPassed("Task_TandaiPanggilanKedua");
    assertThat(langkah).contains("tanda:DIS-ATASAN");
  }

  @Test
  void violationNotProvenStopsTheCase() {
    ProcessInstance kasus = mulai();
    kirimPanggilan(kasus);
    periksa(kasus, true, false);

    assertThat(kasus).isEnded().hasPassed("Task_HentikanKasus", "End_KasusDihentikan").hasNotPassed("Task_TetapkanHukuman");
    assertThat(langkah).contains("status:DIHENTIKAN");
  }

  @Test
  void penaltyOutsideTheExaminationsRangeGoesBackToTheExaminer() {
    errorPenetapan.add("di luar rentang");
    ProcessInstance kasus = mulai();
    kirimPanggilan(kasus);
    periksa(kasus, true, true);

    assertThat(kasus).isWaitingAt("Task_Pemeriksaan").hasPassed("Boundary_DiLuarRentang")
        .variables().containsEntry("pesanPenetapan", "di luar rentang");
    periksa(kasus, true, true);
    assertThat(kasus).isWaitingAt("Task_SampaikanKeputusan");
  }

  @Test
  void signerWhoRefusesTheSkSendsTheCaseBackToTheExaminer() {
    skDitolak = true;
    ProcessInstance kasus = mulai();
    kirimPanggilan(kasus);
    periksa(kasus, true, true);

    assertThat(kasus).isWaitingAt("Task_Pemeriksaan").hasPassed("Boundary_SkDitolak")
        .variables().containsEntry("alasanPenolakan", "BAP belum lengkap");
  }

  @Test
  void decisionNotDeliveredWithinFourteenDaysIsFlagged() {
    ProcessInstance kasus = mulai();
    kirimPanggilan(kasus);
    periksa(kasus, true, true);
    Job timer = timer(kasus, "Timer_Penyampaian");
    assertThat(timer.getDuedate()).isAfterOrEqualTo(java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(id.meritflow.support.SuiteClock.clock()).plusDays(13)));

    execute(timer);

    assertThat(kasus).isWaitingAt("Task_SampaikanKeputusan");
    assertThat(langkah).contains("tanda:DIS-PENYAMPAIAN");
  }

  @Test
  void objectionFiledBeforeDay15SuspendsThePenaltyUntilBpasnDecides() {
    ProcessInstance kasus = mulai();
    kirimPanggilan(kasus);
    periksa(kasus, true, true);
    sampaikanSampaiGerbang(kasus);

    runtimeService().createMessageCorrelation("KeberatanDisiplinDiajukan").processInstanceId(kasus.getId())
        .setVariable("alasanKeberatan", "Sakit, ada surat dokter").correlate();

    assertThat(kasus).isWaitingAt("Task_PutusUpaya").task().hasCandidateGroup("bpasn");
    assertThat(langkah).contains("status:DITANGGUHKAN").doesNotContain("status:DIPUTUS");
    assertThat(timer(kasus, "Timer_HariKe15")).isNull();
    complete(task(kasus), withVariables("hasilUpaya", "MENGUBAH", "jenisHukumanBaru", "PEMBEBASAN_JABATAN_12",
        "pertimbanganUpaya", "Sebagian ketidakhadiran beralasan"));
    ModelJobs.jalankanSampaiTunggu(kasus);

    assertThat(kasus).isEnded().hasPassed("Task_TangguhkanHukuman", "Task_TerapkanUpaya", "End_UpayaDiputus")
        .hasNotPassed("Task_BerlakukanHukuman");
    assertThat(langkah).contains("sla:create", "sla:complete", "upaya:MENGUBAH");
  }

  @Test
  void objectionFiledAfterDay15ButInTimeSuspendsARunningPenaltyAndALateDecisionIsRecorded() {
    ProcessInstance kasus = mulai();
    kirimPanggilan(kasus);
    periksa(kasus, true, true);
    sampaikanSampaiGerbang(kasus);
    execute(timer(kasus, "Timer_HariKe15"));

    runtimeService().correlateMessage("KeberatanDisiplinDiajukan", "DIS-2026-UJI");

    assertThat(kasus).isWaitingAt("Task_PutusUpaya");
    assertThat(langkah).containsSubsequence("status:DIPUTUS", "status:DITANGGUHKAN");
    execute(timer(kasus, "Timer_PutusUpaya"));
    assertThat(langkah).contains("eskalasi");
    complete(task(kasus), withVariables("hasilUpaya", "MEMBATALKAN", "pertimbanganUpaya", "Tidak terbukti"));
    ModelJobs.jalankanSampaiTunggu(kasus);
    assertThat(kasus).isEnded().hasPassed("End_UpayaDiputus");
    assertThat(langkah).contains("upaya:MEMBATALKAN");
  }

  private void kirimPanggilan(ProcessInstance kasus) {
    complete(task(kasus), withVariables("nomorPanggilan", "800/PGL-1", "tanggalPemeriksaan", "2026-11-12"));
  }

  private void periksa(ProcessInstance kasus, boolean hadir, boolean terbukti) {
    assertThat(kasus).isWaitingAt("Task_Pemeriksaan");
    // Tasklist's radio fields give "true"/"false" as text; the conditions accept text and booleans alike.
    complete(task(kasus), withVariables("hadir", hadir, "terbukti", Boolean.toString(terbukti), "ringkasanBap", "BAP uji",
        "jenisHukumanPilihan", "TEGURAN_TERTULIS"));
    ModelJobs.jalankanSampaiTunggu(kasus);
  }

  private void sampaikanSampaiGerbang(ProcessInstance kasus) {
    assertThat(kasus).isWaitingAt("Task_SampaikanKeputusan").task().hasCandidateGroup("atasan");
    complete(task(kasus), withVariables("tanggalDiterima", "2026-12-01"));
    ModelJobs.jalankanSampaiTunggu(kasus);
  }


  private static Job timer(ProcessInstance kasus, String activityId) {
    return managementService().createJobQuery().processInstanceId(kasus.getId()).activityId(activityId).singleResult();
  }

  private static ProcessInstance mulai() {
    Map<String, Object> v = new HashMap<>();
    v.put("nip", "198503122010012001");
    v.put("pelanggaran", "Tidak masuk kerja 28 hari");
    v.put("jenisPelanggaran", "TIDAK_MASUK_KERJA");
    v.put("tanggalKasus", "2026-11-02");
    v.put("sumber", "KEHADIRAN");
    return runtimeService().startProcessInstanceByKey("disiplin", "DIS-2026-UJI", v);
  }
}
