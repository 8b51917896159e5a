package id.meritflow.mutasi.proses;

import id.meritflow.platform.audit.JejakAudit;
import id.meritflow.mutasi.ProsesMutasi;
import id.meritflow.mutasi.VariabelMutasi;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing "Catat dokumen persetujuan": appends the form's document to
 * {@code dokumenPersetujuan} and removes the form fields, so the next document starts empty. A
 * refused document fails the completion with the reason, and the task stays open.
 */
@Component("catatDokumenPersetujuanListener")
class CatatDokumenPersetujuanListener implements TaskListener {

  private static final List<String> ISIAN = List.of("kodeAturan", "nomor", "tanggal", "penerbit");

  private final ProsesMutasi proses;
  private final JejakAudit jejak;

  CatatDokumenPersetujuanListener(ProsesMutasi proses, JejakAudit jejak) {
    this.proses = proses;
    this.jejak = jejak;
  }

  @Override
  public void notify(DelegateTask task) {
    var execution = task.getExecution();
    String daftar;
    try {
      daftar = proses.tambahDokumen(execution.getVariable(VariabelMutasi.DOKUMEN),
          (String) execution.getVariable(VariabelMutasi.PERLU_PERSETUJUAN), teks(task.getVariable("kodeAturan")),
          teks(task.getVariable("nomor")), task.getVariable("tanggal"), teks(task.getVariable("penerbit")));
    } catch (ProsesMutasi.DokumenTidakValid e) {
      throw new ProcessEngineException(e.getMessage(), e);
    }
    execution.setVariable(VariabelMutasi.DOKUMEN, daftar);
    jejak.catat(execution, task.getAssignee(), "DOKUMEN_PERSETUJUAN", teks(task.getVariable("kodeAturan")),
        "Dokumen persetujuan nomor " + task.getVariable("nomor") + " tanggal " + task.getVariable("tanggal")
            + " dari " + task.getVariable("penerbit") + " dicatat.");
    ISIAN.forEach(execution::removeVariable);
  }

  private static String teks(Object o) {
    return o == null ? null : o.toString();
  }
}
