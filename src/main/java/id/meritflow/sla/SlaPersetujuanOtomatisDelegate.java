package id.meritflow.sla;

import id.meritflow.notifikasi.PemberitahuanKasus;
import id.meritflow.platform.audit.JejakAudit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Automatic approval on working day 6 (an interrupting boundary timer on the approval step, where
 * domain.md says so: mutasi approvals). Records it as such, and sets the step's decision variable
 * (input parameters {@code variabelKeputusan} and {@code nilaiKeputusan}) plus
 * {@code disetujuiOtomatis = true}, so the process and the audit trail both show that no person
 * decided. The approvers and their superior (the role the step was escalated to) are told.
 */
@Component("slaPersetujuanOtomatisDelegate")
class SlaPersetujuanOtomatisDelegate implements JavaDelegate {

  /** Where the 5-working-day rule comes from (docs/aturan.md): the instrument of BKN's policy is not confirmed. */
  static final String DASAR = "kebijakan BKN yang diumumkan Januari 2026 (nomor dan bentuk peraturan: perlu verifikasi), "
      + "sejalan dengan UU 30/2014 Pasal 53 sebagaimana diubah UU 6/2023 (permohonan dianggap dikabulkan bila tidak "
      + "diputus dalam 5 hari kerja).";

  private final SlaRepository repository;
  private final JejakAudit jejak;
  private final PemberitahuanKasus pemberitahuan;

  SlaPersetujuanOtomatisDelegate(SlaRepository repository, JejakAudit jejak, PemberitahuanKasus pemberitahuan) {
    this.repository = repository;
    this.jejak = jejak;
    this.pemberitahuan = pemberitahuan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var langkah = repository.openSteps(execution.getProcessInstanceId());
    repository.autoApproved(execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
    pemberitahuan.persetujuanOtomatis(execution, langkah.stream().map(LangkahSla::taskId).toList(),
        langkah.stream().map(LangkahSla::peranEskalasi).flatMap(java.util.Optional::stream).findFirst());
    Object variabel = execution.getVariableLocal("variabelKeputusan");
    if (variabel instanceof String name && !name.isBlank()) {
      Object nilai = execution.getVariableLocal("nilaiKeputusan");
      execution.getProcessInstance().setVariable(name, nilai == null ? Boolean.TRUE : nilai);
    }
    execution.setVariable("disetujuiOtomatis", true);
    jejak.catat(execution, JejakAudit.SISTEM, "PERSETUJUAN_OTOMATIS", String.valueOf(variabel),
        "Langkah persetujuan tidak dijawab dalam 5 hari kerja; disetujui otomatis pada hari kerja ke-6. Dasar: " + DASAR);
  }
}
