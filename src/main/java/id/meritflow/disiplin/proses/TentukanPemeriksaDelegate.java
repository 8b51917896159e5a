package id.meritflow.disiplin.proses;

import static id.meritflow.disiplin.proses.VariabelDisiplin.HARI_TIDAK_MASUK;
import static id.meritflow.disiplin.proses.VariabelDisiplin.PERKIRAAN_TINGKAT;
import static id.meritflow.disiplin.proses.VariabelDisiplin.TIDAK_MASUK_BERUNTUN;
import static id.meritflow.disiplin.proses.VariabelDisiplin.TIM_DIMINTA;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * DIS-ABSEN (attendance cases: the penalty the law sets for the absence days) and DIS-PEMERIKSA
 * (who examines), written as plain variables: the engine cannot store a decision's result map.
 */
@Component("tentukanPemeriksaDelegate")
class TentukanPemeriksaDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
    String tingkat = (String) execution.getVariable(PERKIRAAN_TINGKAT);
    if (execution.getVariable(HARI_TIDAK_MASUK) != null) {
      Map<String, Object> absen = new HashMap<>();
      absen.put(HARI_TIDAK_MASUK, execution.getVariable(HARI_TIDAK_MASUK));
      Object beruntun = execution.getVariable(TIDAK_MASUK_BERUNTUN);
      absen.put(TIDAK_MASUK_BERUNTUN, beruntun == null ? 0 : beruntun);
      var hasil = decisions.evaluateDecisionTableByKey("dis-absen", absen);
      if (hasil.getResultList().size() != 1) {
        throw new IllegalStateException("DIS-ABSEN: " + absen + " belum mencapai ambang hukuman.");
      }
      tingkat = hasil.getSingleResult().getEntry("tingkatHukuman");
      execution.setVariable("jenisHukumanUsulan", hasil.getSingleResult().getEntry("jenisHukuman"));
    }
    execution.setVariable("tingkatHukumanUsulan", tingkat);
    Map<String, Object> masukan = new HashMap<>();
    masukan.put("tingkatHukuman", tingkat);
    masukan.put(TIM_DIMINTA, Boolean.TRUE.equals(execution.getVariable(TIM_DIMINTA)));
    var pemeriksa = decisions.evaluateDecisionTableByKey("dis-pemeriksa", masukan);
    if (pemeriksa.getResultList().size() != 1) {
      throw new IllegalStateException("DIS-PEMERIKSA tidak menentukan pemeriksa untuk " + masukan);
    }
    execution.setVariable("pemeriksa", pemeriksa.getSingleResult().getEntry("pemeriksa"));
    execution.setVariable("dasarPemeriksa", pemeriksa.getSingleResult().getEntry("dasarPemeriksa"));
  }
}
