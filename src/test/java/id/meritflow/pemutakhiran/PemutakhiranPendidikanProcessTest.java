package id.meritflow.pemutakhiran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.meritflow.support.ModelTestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import id.meritflow.support.HariKerjaTestPlugin;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One scenario per path of processes/pemutakhiran-pendidikan.bpmn. */
@Deployment(resources = "processes/pemutakhiran-pendidikan.bpmn")
class PemutakhiranPendidikanProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ModelTestEngine.extension();

  private final List<String> updated = new ArrayList<>();
  private final List<String> sla = new ArrayList<>();
  ProcessEngine processEngine;

  @BeforeEach
  void registryMocks() {
    init(processEngine);
    Mocks.register("muatDataPegawaiListener", (ExecutionListener) execution -> {
      execution.setVariable("namaPegawai", "Dewi Lestari");
      execution.setVariable("pendidikanLama", "S1");
    });
    Mocks.register("jejakKeputusanListener", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
    Mocks.register("slaListener", (TaskListener) task -> sla.add(task.getEventName()));
    Mocks.register("slaPengingatDelegate", (JavaDelegate) execution -> sla.add("pengingat"));
    Mocks.register("slaEskalasiDelegate",
        (JavaDelegate) execution -> sla.add("eskalasi:" + execution.getVariableLocal("peranEskalasi")));
    Mocks.register("perbaruiPendidikanDelegate",
        (JavaDelegate) execution -> updated.add((String) execution.getVariable("nip")));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
    id.meritflow.support.SuiteClock.reset();
  }

  @Test
  void verificationIsDueInFiveWorkingDaysRemindedAfterThreeAndEscalatedToKanregAfterFive() {
    // given a proposal arriving on Friday 13 March 2026, 10:00 WIB, before Nyepi and Lebaran
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 13, 10, 0, 0, 0, HariKerjaTestPlugin.WIB).toInstant()));
    ProcessInstance kasus = propose();

    // then the task is due 5 working days later: 16, 17, 25, 26, 27 March (18-24 are Nyepi, Idul Fitri
    // and their cuti bersama)
    Date due = Date.from(ZonedDateTime.of(2026, 3, 27, 10, 0, 0, 0, HariKerjaTestPlugin.WIB).toInstant());
    assertThat(task(kasus)).hasDueDate(due);
    assertThat(sla).containsExactly("create");

    // and the reminder is set for 3 working days (25 March), the escalation for 5 (27 March)
    assertThat(job("Timer_Pengingat").getDuedate())
        .isEqualTo(Date.from(ZonedDateTime.of(2026, 3, 25, 10, 0, 0, 0, HariKerjaTestPlugin.WIB).toInstant()));
    assertThat(job("Timer_Eskalasi").getDuedate()).isEqualTo(due);

    // when both fire
    execute(job("Timer_Pengingat"));
    execute(job("Timer_Eskalasi"));

    // then both are recorded and Kanreg's head may act on the still-open task
    assertThat(sla).containsExactly("create", "pengingat", "eskalasi:kepala-kanreg");
    assertThat(kasus).isWaitingAt("Task_VerifikasiUsulan");
  }

  @Test
  void approvedProposalUpdatesTheRegistryAfterTheVerifierAgrees() {
    ProcessInstance kasus = propose();

    assertThat(kasus).isWaitingAt("Task_VerifikasiUsulan").task().hasCandidateGroup("verifikator-bkn");
    assertThat(kasus).variables().containsEntry("namaPegawai", "Dewi Lestari").containsEntry("pendidikanLama", "S1");

    complete(task(kasus), withVariables("keputusanVerifikasi", "SETUJU"));
    assertThat(kasus).isWaitingAt("Task_PerbaruiPendidikan"); // async: the approval is committed first
    assertThat(updated).isEmpty();

    execute(job(kasus));
    assertThat(kasus).hasPassedInOrder("Task_VerifikasiUsulan", "Task_PerbaruiPendidikan", "End_DataDiperbarui")
        .isEnded();
    assertThat(updated).containsExactly("198503122010012001");
  }

  @Test
  void rejectedProposalGoesBackToTheOperatorAndCanBeResubmitted() {
    ProcessInstance kasus = propose();

    complete(task(kasus), withVariables("keputusanVerifikasi", "TOLAK", "catatanVerifikasi", "Ijazah belum dilegalisasi"));
    assertThat(kasus).isWaitingAt("Task_PerbaikiUsulan").task().hasCandidateGroup("operator");

    complete(task(kasus), withVariables("tindakLanjut", "AJUKAN_ULANG"));
    assertThat(kasus).isWaitingAt("Task_VerifikasiUsulan");

    complete(task(kasus), withVariables("keputusanVerifikasi", "SETUJU"));
    execute(job(kasus));
    assertThat(kasus).isEnded().hasPassed("Task_PerbaikiUsulan", "End_DataDiperbarui");
    assertThat(updated).hasSize(1);
  }

  @Test
  void withdrawnProposalEndsWithoutTouchingTheRegistry() {
    ProcessInstance kasus = propose();

    complete(task(kasus), withVariables("keputusanVerifikasi", "TOLAK"));
    complete(task(kasus), withVariables("tindakLanjut", "TARIK"));

    assertThat(kasus).isEnded().hasPassed("End_UsulanDitarik").hasNotPassed("Task_PerbaruiPendidikan");
    assertThat(updated).isEmpty();
  }

  private static ProcessInstance propose() {
    return runtimeService().startProcessInstanceByKey("pemutakhiran-pendidikan", "PP-2026-0001", Map.of(
        "nip", "198503122010012001", "pendidikanBaru", "S2", "bidangPendidikan", "Administrasi Publik",
        "perguruanTinggi", "Universitas Padjadjaran", "nomorIjazah", "UNPAD/2024/123", "tanggalIjazah", "2024-08-30"));
  }
}
