package id.meritflow.disiplin.proses;

import id.meritflow.kepegawaian.JenisHukuman;
import id.meritflow.platform.audit.JejakAudit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes the case's state into the registry at the step it is attached to, chosen by the input
 * parameter {@code statusKasus}: DIPUTUS (the penalty takes effect at {@code tmtHukuman}),
 * DITANGGUHKAN (an objection suspends it) or DIHENTIKAN (no violation proven).
 */
@Component("catatStatusKasusDelegate")
class CatatStatusKasusDelegate implements JavaDelegate {

  private final ProsesDisiplin proses;
  private final JejakAudit jejak;

  CatatStatusKasusDelegate(ProsesDisiplin proses, JejakAudit jejak) {
    this.proses = proses;
    this.jejak = jejak;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String status = (String) execution.getVariable("statusKasus");
    String id = execution.getProcessBusinessKey();
    String uraian;
    switch (status) {
      case "DIPUTUS" -> {
        JenisHukuman jenis = JenisHukuman.valueOf((String) execution.getVariable("jenisHukuman"));
        proses.berlakukan(id, jenis, Hari.tanggal(execution.getVariable("tmtHukuman")));
        uraian = "Hukuman " + proses.uraian(jenis) + " berlaku mulai " + execution.getVariable("tmtHukuman") + ".";
      }
      case "DITANGGUHKAN" -> {
        proses.tangguhkan(id, JenisHukuman.valueOf((String) execution.getVariable("jenisHukuman")));
        uraian = "Upaya administratif (" + execution.getVariable("upayaAdministratif")
            + ") diajukan: hukuman ditangguhkan sampai diputus.";
      }
      case "DIHENTIKAN" -> {
        proses.hentikan(id);
        uraian = "Pelanggaran tidak terbukti: kasus dihentikan.";
      }
      default -> throw new IllegalStateException("statusKasus tidak dikenal: " + status);
    }
    execution.setVariable("statusKasusTerakhir", status);
    jejak.catat(execution, "KASUS_DISIPLIN", status, uraian);
  }
}
