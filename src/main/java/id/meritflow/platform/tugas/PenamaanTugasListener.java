package id.meritflow.platform.tugas;

import id.meritflow.kepegawaian.PegawaiDirectory;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Added to every user task on create (by {@link TugasParseListener}): the task's name says whose case
 * it is ("Tinjau usulan mutasi — Dewi Lestari"), the case carries {@value #NAMA_PEGAWAI} for
 * Tasklist's filter columns, and a task without a due date of its own gets the default one, so that
 * every task in Tasklist shows when it is due.
 */
class PenamaanTugasListener implements TaskListener {

  static final String NAMA_PEGAWAI = "namaPegawai";
  static final String NIP = "nip";
  static final String PEMISAH = " — ";

  private final PegawaiDirectory pegawai;
  private final String batasWaktuBawaan;

  /** @param batasWaktuBawaan a due-date text of the engine's business calendar, e.g. "5 hari kerja" */
  PenamaanTugasListener(PegawaiDirectory pegawai, String batasWaktuBawaan) {
    this.pegawai = pegawai;
    this.batasWaktuBawaan = batasWaktuBawaan;
  }

  @Override
  public void notify(DelegateTask task) {
    namaPegawai(task.getExecution()).ifPresent(nama -> {
      if (task.getName() != null && !task.getName().endsWith(PEMISAH + nama)) {
        task.setName(task.getName() + PEMISAH + nama);
      }
    });
    if (task.getDueDate() == null) {
      BusinessCalendar kalender = Context.getProcessEngineConfiguration().getBusinessCalendarManager()
          .getBusinessCalendar(DueDateBusinessCalendar.NAME);
      task.setDueDate(kalender.resolveDuedate(batasWaktuBawaan, task.getCreateTime()));
    }
  }

  /**
   * The employee's name from the case, or from the registry by the case's NIP (then kept on the
   * case); a signing sub-process without its own NIP reads its calling case's.
   */
  private Optional<String> namaPegawai(DelegateExecution execution) {
    DelegateExecution kasus = execution.getProcessInstance();
    Object nama = kasus.getVariable(NAMA_PEGAWAI);
    if (nama != null) {
      return Optional.of(nama.toString());
    }
    Optional<String> dariRegistri = nip(kasus).flatMap(pegawai::find).map(p -> p.pegawai().nama());
    dariRegistri.ifPresent(n -> kasus.setVariableLocal(NAMA_PEGAWAI, n));
    return dariRegistri;
  }

  private static Optional<String> nip(DelegateExecution kasus) {
    for (DelegateExecution e = kasus; e != null; e = superExecution(e)) {
      Object nip = e.getVariable(NIP);
      if (nip != null) {
        return Optional.of(nip.toString());
      }
    }
    return Optional.empty();
  }

  private static DelegateExecution superExecution(DelegateExecution e) {
    return e instanceof ExecutionEntity entity ? entity.getProcessInstance().getSuperExecution() : null;
  }
}
