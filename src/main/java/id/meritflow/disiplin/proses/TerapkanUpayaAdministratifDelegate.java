package id.meritflow.disiplin.proses;

import id.meritflow.kepegawaian.JenisHukuman;
import id.meritflow.platform.audit.JejakAudit;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * DIS-KEBERATAN outcome: MENGUATKAN lets the penalty take effect, MENGUBAH replaces it with
 * {@code jenisHukumanBaru}, MEMBATALKAN stops the case. A suspended penalty takes effect on the
 * day of the outcome, or on its original TMT if that is later.
 */
@Component("terapkanUpayaAdministratifDelegate")
class TerapkanUpayaAdministratifDelegate implements JavaDelegate {

  private final ProsesDisiplin proses;
  private final JejakAudit jejak;

  TerapkanUpayaAdministratifDelegate(ProsesDisiplin proses, JejakAudit jejak) {
    this.proses = proses;
    this.jejak = jejak;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = execution.getProcessBusinessKey();
    String hasil = (String) execution.getVariable("hasilUpaya");
    if ("MEMBATALKAN".equals(hasil)) {
      proses.hentikan(id);
      execution.setVariable("statusKasusTerakhir", "DIHENTIKAN");
      jejak.catat(execution, "KASUS_DISIPLIN", "DIS-KEBERATAN", "Upaya administratif membatalkan hukuman: kasus dihentikan.");
      return;
    }
    String jenisText = "MENGUBAH".equals(hasil) ? (String) execution.getVariable("jenisHukumanBaru")
        : (String) execution.getVariable("jenisHukuman");
    JenisHukuman jenis = JenisHukuman.parse(jenisText).orElseThrow(() ->
        new IllegalStateException("Hasil upaya " + hasil + " tanpa jenis hukuman yang dikenal: " + jenisText));
    LocalDate tmt = Hari.ini();
    LocalDate semula = Hari.tanggal(execution.getVariable("tmtHukuman"));
    if (semula.isAfter(tmt)) {
      tmt = semula;
    }
    proses.berlakukan(id, jenis, tmt);
    execution.setVariable("jenisHukuman", jenis.name());
    execution.setVariable("tingkatHukuman", jenis.tingkat().name());
    execution.setVariable("tmtHukuman", tmt.toString());
    execution.setVariable("statusKasusTerakhir", "DIPUTUS");
    jejak.catat(execution, "KASUS_DISIPLIN", "DIS-KEBERATAN", "Upaya administratif " + hasil.toLowerCase()
        + ": hukuman " + proses.uraian(jenis) + " berlaku mulai " + tmt + ".");
  }
}
