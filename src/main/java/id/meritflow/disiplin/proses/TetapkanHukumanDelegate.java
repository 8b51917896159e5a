package id.meritflow.disiplin.proses;

import id.meritflow.kepegawaian.JenisHukuman;
import id.meritflow.kepegawaian.TingkatHukuman;
import java.util.HashMap;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Decides the penalty: DIS-ABSEN's for attendance cases, else the examiner's choice if within the
 * examination's range (BPMN error HUKUMAN_DI_LUAR_RENTANG otherwise); then DIS-BERULANG; then
 * DIS-PYB names the authorised official and who hears an objection.
 */
@Component("tetapkanHukumanDelegate")
class TetapkanHukumanDelegate implements JavaDelegate {

  private final ProsesDisiplin proses;

  TetapkanHukumanDelegate(ProsesDisiplin proses) {
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean absen = execution.getVariable("jenisHukumanUsulan") != null;
    String usulan = (String) execution.getVariable(absen ? "jenisHukumanUsulan" : "jenisHukumanPilihan");
    JenisHukuman jenis = JenisHukuman.parse(usulan).orElseThrow(() ->
        new BpmnError("HUKUMAN_DI_LUAR_RENTANG", "Jenis hukuman belum dipilih atau tidak dikenal: " + usulan));
    TingkatHukuman tingkatPemeriksaan = TingkatHukuman.parse((String) execution.getVariable("tingkatHukumanUsulan"))
        .orElse(TingkatHukuman.BERAT);
    var penetapan = proses.tetapkan(execution.getProcessBusinessKey(), (String) execution.getVariable("nip"),
        (String) execution.getVariable(VariabelDisiplin.JENIS_PELANGGARAN), jenis, tingkatPemeriksaan, absen);
    execution.setVariable("alasanHukuman", proses.json(penetapan.alasan()));
    if (penetapan.diLuarRentang().isPresent()) {
      throw new BpmnError("HUKUMAN_DI_LUAR_RENTANG", penetapan.diLuarRentang().get().pesan());
    }
    var masukan = new HashMap<String, Object>(penetapan.pyb());
    masukan.put("tingkatHukuman", penetapan.jenis().tingkat().name());
    var pyb = execution.getProcessEngineServices().getDecisionService().evaluateDecisionTableByKey("dis-pyb", masukan);
    if (pyb.getResultList().size() != 1) {
      throw new IllegalStateException("DIS-PYB tidak menentukan pejabat yang berwenang untuk " + masukan);
    }
    pyb.getSingleResult().getEntryMap().forEach(execution::setVariable);
    execution.setVariable("jenisHukuman", penetapan.jenis().name());
    execution.setVariable("tingkatHukuman", penetapan.jenis().tingkat().name());
    execution.setVariable("uraianHukuman", proses.uraian(penetapan.jenis()));
    // The SK states the planned TMT for delivery on the day of signing; the real one follows receipt.
    execution.setVariable("tmtRencana", Hari.ini().plusDays(proses.properties().berlakuHariKe()).toString());
  }
}
