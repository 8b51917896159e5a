package id.meritflow.disiplin.proses;

import id.meritflow.kepegawaian.JenisHukuman;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * DIS-PENYAMPAIAN / DIS-KEBERATAN: from the day the employee received the decision, the day it
 * takes effect, its end, the last moment to object and where the objection goes.
 */
@Component("catatPenyampaianDelegate")
class CatatPenyampaianDelegate implements JavaDelegate {

  private final ProsesDisiplin proses;

  CatatPenyampaianDelegate(ProsesDisiplin proses) {
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    JenisHukuman jenis = JenisHukuman.valueOf((String) execution.getVariable("jenisHukuman"));
    var jadwal = proses.jadwal(jenis, Hari.tanggal(execution.getVariable("tanggalDiterima")));
    execution.setVariable("tmtHukuman", jadwal.tmt().toString());
    execution.setVariable("akhirHukuman", jadwal.akhir().map(Object::toString).orElse(null));
    execution.setVariable("batasKeberatan", jadwal.batasKeberatan().toString());
    execution.setVariable("upayaAdministratif", jadwal.upaya());
    execution.setVariable("peranUpaya", "BANDING".equals(jadwal.upaya()) ? "bpasn"
        : (String) execution.getVariable("peranKeberatan"));
  }
}
