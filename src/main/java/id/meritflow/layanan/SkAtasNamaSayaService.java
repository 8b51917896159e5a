package id.meritflow.layanan;

import id.meritflow.penandatanganan.PenandatangananService;
import id.meritflow.penandatanganan.domain.JenisSk;
import id.meritflow.platform.engine.SebagaiEngine;
import id.meritflow.platform.security.Caller;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * SKs set in the name of the caller's signer roles ({@code ppk}, {@code presiden}), in the caller's
 * agencies only (ppk-cimahi: Kota Cimahi's PPK SKs), and the signing tasks of those roles and
 * agencies still open. Tasks are read as the engine with that scope written into the query.
 */
@Service
class SkAtasNamaSayaService {

  static final String TUGAS_TANDA_TANGAN = "Task_Tandatangani";
  private static final int MAKS = 200;

  private final PenandatangananService penandatanganan;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;

  SkAtasNamaSayaService(PenandatangananService penandatanganan, TaskService tasks, RuntimeService runtime,
      IdentityService identity) {
    this.penandatanganan = penandatanganan;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
  }

  SkAtasNamaSaya untuk(Caller caller, List<String> peran) {
    List<String> instansi = caller.tenantIds();
    List<SkRingkas> sk = peran.stream().flatMap(p -> penandatanganan.findAtasNama(p, instansi, MAKS).stream())
        .distinct().sorted(Comparator.comparing(s -> s.ditandatanganiPada(), Comparator.reverseOrder()))
        .map(SkRingkas::dari).toList();
    return new SkAtasNamaSaya(sk, menunggu(peran, instansi));
  }

  private List<SkAtasNamaSaya.Menunggu> menunggu(List<String> peran, List<String> instansi) {
    if (instansi.isEmpty()) {
      return List.of();
    }
    return SebagaiEngine.jalankan(identity, () -> tasks.createTaskQuery().taskDefinitionKey(TUGAS_TANDA_TANGAN)
        .taskCandidateGroupIn(peran).includeAssignedTasks().tenantIdIn(instansi.toArray(String[]::new))
        .orderByTaskCreateTime().asc().listPage(0, MAKS).stream().map(this::menunggu).toList());
  }

  private SkAtasNamaSaya.Menunggu menunggu(Task t) {
    var v = runtime.getVariables(t.getExecutionId(), List.of("namaPegawai", "jenisKeputusan"));
    String jenis = Stream.of(JenisSk.values()).filter(j -> j.name().equals(v.get("jenisKeputusan")))
        .findFirst().map(SkRingkas::jenis).orElse("SK");
    var instance = runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult();
    return new SkAtasNamaSaya.Menunggu(instance == null ? null : instance.getBusinessKey(),
        (String) v.get("namaPegawai"), jenis, t.getCreateTime().toInstant(),
        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
        "/camunda/app/tasklist/default/#/?task=" + t.getId());
  }
}
