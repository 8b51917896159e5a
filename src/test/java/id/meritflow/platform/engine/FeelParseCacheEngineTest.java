package id.meritflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.MeritFlowIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@MeritFlowIntegrationTest
class FeelParseCacheEngineTest {

  @Autowired ProcessEngine engine;
  @Autowired DecisionService decisions;

  @Test
  void theApplicationsEngineKeepsDmnParsesAndDecidesAsTheTableSays() {
    // given the application's engine
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    // when the signer table decides a transfer to an eselon III post in a city, twice
    Map<String, Object> in = new HashMap<>();
    in.put("jenisKeputusan", "MUTASI");
    in.put("jenisJabatan", "ADMINISTRATOR");
    in.put("jenjang", null);
    in.put("tingkatInstansi", "KABUPATEN_KOTA");
    in.put("tingkatHukuman", null);
    var first = decisions.evaluateDecisionTableByKey("delegasi-tanda-tangan", in).getSingleResult().getEntryMap();
    var second = decisions.evaluateDecisionTableByKey("delegasi-tanda-tangan", in).getSingleResult().getEntryMap();

    // then its DMN engine runs on the parse-keeping FEEL engine, and both answers are the table's DELEGASI row
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngineFactory()).isInstanceOf(FeelParseCache.class);
    assertThat(first).containsEntry("modeTandaTangan", "DELEGASI");
    assertThat(second).isEqualTo(first);
  }
}
