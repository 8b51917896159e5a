package id.meritflow.disiplin.proses;

import static id.meritflow.disiplin.proses.VariabelDisiplin.JENIS_PELANGGARAN;
import static id.meritflow.disiplin.proses.VariabelDisiplin.NIP;
import static id.meritflow.disiplin.proses.VariabelDisiplin.PELANGGARAN;
import static id.meritflow.disiplin.proses.VariabelDisiplin.SUMBER;
import static id.meritflow.disiplin.proses.VariabelDisiplin.TANGGAL_KASUS;

import id.meritflow.platform.audit.JejakAudit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes the open case (TERBUKA) into the registry under the case's business key, sets the
 * configured deadlines as variables for the timers, and tells every running case of the same
 * employee that waits for it (mutasi, kenaikan pangkat) through the message KasusDisiplinDibuka.
 */
@Component("catatKasusDisiplinDelegate")
class CatatKasusDisiplinDelegate implements JavaDelegate {

  private final ProsesDisiplin proses;
  private final JejakAudit jejak;

  CatatKasusDisiplinDelegate(ProsesDisiplin proses, JejakAudit jejak) {
    this.proses = proses;
    this.jejak = jejak;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = execution.getProcessBusinessKey();
    String nip = (String) execution.getVariable(NIP);
    String pelanggaran = (String) execution.getVariable(PELANGGARAN);
    proses.buka(id, nip, pelanggaran, (String) execution.getVariable(JENIS_PELANGGARAN),
        Hari.tanggal(execution.getVariable(TANGGAL_KASUS)), (String) execution.getVariable(SUMBER),
        execution.getProcessInstanceId());
    DisiplinProperties p = proses.properties();
    execution.setVariable("tenggatPanggilan", p.panggilanHariKerja() + " hari kerja");
    execution.setVariable("tenggatPenyampaian", "P" + p.penyampaianHari() + "D");
    execution.setVariable("tenggatPutusanKeberatan", p.keberatanPutusanHariKerja() + " hari kerja");

    var hasil = execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(VariabelDisiplin.PESAN_KASUS_DIBUKA)
        .processInstanceVariableEquals(NIP, nip)
        .setVariable("kasusDisiplinId", id)
        .setVariable("alasanPenundaan", "Ditunda karena kasus disiplin " + id + " (" + pelanggaran
            + ") dibuka untuk pegawai ini; MUT-DISIPLIN/KP-DISIPLIN: kasus terbuka menghambat.")
        .correlateAllWithResult();
    jejak.catat(execution, "KASUS_DISIPLIN", "DIS-KASUS", "Kasus disiplin " + id + " dibuka: " + pelanggaran
        + (hasil.isEmpty() ? "." : "; " + hasil.size() + " proses lain pegawai ini ditunda."));
  }
}
