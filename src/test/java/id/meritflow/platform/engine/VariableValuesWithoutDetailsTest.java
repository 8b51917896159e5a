package id.meritflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@MeritFlowIntegrationTest
class VariableValuesWithoutDetailsTest {

  private static final String KEY = "uji-riwayat-variabel";

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;

  private String deployment;

  @AfterEach
  void undeploy() {
    identity.clearAuthentication();
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void aChangedVariableKeepsItsLatestValueAndTheOperationLogButNoDetailRows() {
    // given a case started with a variable, which an administrator then changes through the API
    deployment = repository.createDeployment().addModelInstance(KEY + ".bpmn",
        Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent().userTask("Task_Tunggu").endEvent().done())
        .deploy().getId();
    String id = runtime.startProcessInstanceByKey(KEY, Map.of("nip", DemoPegawai.DEWI_NIP, "catatan", "pertama")).getId();
    String instansi = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult().getTenantId();
    identity.setAuthentication("admin", java.util.List.of("camunda-admin"), java.util.List.of(instansi));

    // when the variable is changed
    runtime.setVariable(id, "catatan", "kedua");

    // then its history row holds the latest value, the change is in the user operation log with who made it,
    // and no per-change copy of any value was written
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).variableName("catatan")
        .singleResult().getValue()).isEqualTo("kedua");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).variableName("nip").count()).isEqualTo(1);
    assertThat(history.createUserOperationLogQuery().processInstanceId(id)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE).singleResult().getUserId()).isEqualTo("admin");
    assertThat(history.createHistoricDetailQuery().processInstanceId(id).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id).activityId("Task_Tunggu").count())
        .isEqualTo(1);
  }

  @Test
  void theSettingBringsBackTheEnginesOwnWriter() {
    // given two engine configurations
    var withDetails = new StandaloneInMemProcessEngineConfiguration();
    var withoutDetails = new StandaloneInMemProcessEngineConfiguration();

    // when the plugin prepares each, once with meritflow.engine.variable-detail-history=true
    new EngineConfiguration().variableHistoryPlugin(true).preInit(withDetails);
    new EngineConfiguration().variableHistoryPlugin(false).preInit(withoutDetails);

    // then only the second writes history through VariableValuesWithoutDetails
    assertThat(withDetails.isEnableDefaultDbHistoryEventHandler()).isTrue();
    assertThat(withDetails.getCustomHistoryEventHandlers()).noneMatch(VariableValuesWithoutDetails.class::isInstance);
    assertThat(withoutDetails.isEnableDefaultDbHistoryEventHandler()).isFalse();
    assertThat(withoutDetails.getCustomHistoryEventHandlers()).hasAtLeastOneElementOfType(VariableValuesWithoutDetails.class);
  }
}
