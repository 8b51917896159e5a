package id.meritflow.penandatanganan.proses;

import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Evaluates processes/delegasi-tanda-tangan.dmn and writes its outputs as plain variables (the engine
 * refuses to store the decision's result map without Java serialization). No matching row is a
 * BPMN error: a case must never be signed by a default.
 */
@Component("tentukanPenandatanganDelegate")
class TentukanPenandatanganDelegate implements JavaDelegate {

  static final String DECISION = "delegasi-tanda-tangan";

  @Override
  public void execute(DelegateExecution execution) {
    var inputs = new java.util.HashMap<String, Object>();
    for (String name : new String[] {"jenisKeputusan", "jenisJabatan", "jenjang", "tingkatInstansi", "tingkatHukuman"}) {
      inputs.put(name, execution.getVariable(name));
    }
    var result = execution.getProcessEngineServices().getDecisionService()
        .evaluateDecisionTableByKey(DECISION, inputs);
    if (result.getResultList().size() != 1) {
      throw new BpmnError("PENANDATANGAN_TIDAK_DITEMUKAN",
          "Tabel delegasi tanda tangan tidak menentukan penandatangan untuk " + inputs + ".");
    }
    Map<String, Object> row = result.getSingleResult().getEntryMap();
    row.forEach(execution::setVariable);
  }
}
