package id.meritflow.penandatanganan.proses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
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
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One scenario per path of processes/penandatanganan-sk.bpmn, with the real signer table
 * (delegasi-tanda-tangan.dmn) and the registry and SK service replaced by recorders.
 */
@Deployment(resources = {"processes/penandatanganan-sk.bpmn", "processes/delegasi-tanda-tangan.dmn",
    "penandatanganan/pemanggil-sk.bpmn"})
class PenandatangananSkProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ModelTestEngine.extension();

  ProcessEngine processEngine;
  private final List<String> issued = new ArrayList<>();
  private String jenisJabatan;

  @BeforeEach
  void mocks() {
    init(processEngine);
    Mocks.register("siapkanPenandatangananDelegate", (JavaDelegate) execution -> {
      execution.setVariable("instansiId", "cimahi");
      execution.setVariable("jenisJabatan", jenisJabatan);
      execution.setVariable("jenjang", null);
      execution.setVariable("tingkatInstansi", "KABUPATEN_KOTA");
      execution.setVariable("namaPegawai", "Budi Santoso");
    });
    Mocks.register("tentukanPenandatanganDelegate", new TentukanPenandatanganDelegate());
    Mocks.register("terbitkanSkDelegate", (JavaDelegate) execution -> {
      issued.add(execution.getVariable("modeTandaTangan") + " " + execution.getVariable("peranPenandatangan")
          + " " + execution.getVariable("penandatanganPengguna"));
      execution.setVariable("nomorSk", "800.1.3.2/0001/CIMAHI/2026");
    });
    Mocks.register("jejakKeputusanListener", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
    Mocks.register("slaListener", (TaskListener) task -> { });
    Mocks.register("catatPenandatanganListener", new CatatPenandatanganListener());
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void eselonIIIDecisionIsSignedByDelegationWithNoHumanTask() {
    jenisJabatan = "ADMINISTRATOR";
    ProcessInstance sk = start("penandatanganan-sk");

    execute(job(sk)); // the async start: numbering and signing run as jobs
    assertThat(sk).isWaitingAt("Task_TerbitkanDelegasi");
    execute(job(sk));

    assertThat(sk).isEnded().hasPassedInOrder("Task_TentukanPenandatangan", "Task_TerbitkanDelegasi",
        "End_SkTerbitDelegasi").hasNotPassed("Task_Tandatangani");
    assertThat(issued).containsExactly("DELEGASI kepala-bkpsdm null");
  }

  @Test
  void jptMadyaDecisionWaitsForThePresidentsSignatureAndIsSignedWithTheSignersName() {
    jenisJabatan = "JPT_MADYA";
    ProcessInstance sk = start("penandatanganan-sk");
    execute(job(sk));

    assertThat(sk).isWaitingAt("Task_Tandatangani").task().hasCandidateGroup("presiden");
    assertThat(issued).isEmpty();
    processEngine.getTaskService().claim(task(sk).getId(), "setneg");
    complete(task(sk), withVariables("keputusanPenandatangan", "TANDATANGANI"));
    execute(job(sk));

    assertThat(sk).isEnded().hasPassed("End_SkTerbitLangsung");
    assertThat(issued).containsExactly("LANGSUNG presiden setneg");
  }

  @Test
  void rejectedSignatureReturnsToTheCallerAsABpmnErrorWithItsReason() {
    jenisJabatan = "JPT_MADYA";
    ProcessInstance caller = start("uji-pemanggil-sk");
    ProcessInstance sk = calledProcessInstance(caller);
    execute(job(sk));

    complete(task(sk), withVariables("keputusanPenandatangan", "TOLAK", "alasanPenolakan", "Masa kerja keliru"));

    assertThat(sk).isEnded().hasPassed("End_SkDitolak");
    assertThat(caller).isWaitingAt("Perbaiki").variables().containsEntry("alasanPenolakan", "Masa kerja keliru");
    assertThat(issued).isEmpty();
  }

  private static ProcessInstance start(String key) {
    return runtimeService().startProcessInstanceByKey(key, Map.of("nip", "197908172005011003",
        "jenisKeputusan", "KENAIKAN_PANGKAT", "tmt", "2026-12-01", "golonganBaru", "IV/b"));
  }
}
