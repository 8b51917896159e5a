package id.meritflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.MeritFlowIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EntityIdsCheckedWithoutTextTest {

  /** An entity whose text is expensive to make: here, counted. */
  static final class Entity implements DbEntity {
    String id;
    int described;

    Entity(String id) {
      this.id = id;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public void setId(String id) {
      this.id = id;
    }

    @Override
    public Object getPersistentState() {
      return id;
    }

    @Override
    public String toString() {
      described++;
      return "EntitasUji[" + id + "]";
    }
  }

  private final EntityIdsCheckedWithoutText.Manager manager = new EntityIdsCheckedWithoutText.Manager(null, null);

  @Test
  void aValidIdIsAcceptedWithoutDescribingTheEntity() {
    Entity entity = new Entity("4f1c2d3e-0000-4000-8000-000000000001");

    manager.validateId(entity);

    assertThat(entity.described).isZero();
  }

  @Test
  void aMissingOrReservedIdFailsWithTheEnginesOwnMessage() {
    assertThatThrownBy(() -> manager.validateId(new Entity(null))).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Entity EntitasUji[null] has an invalid id");
    assertThatThrownBy(() -> manager.validateId(new Entity("*"))).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Entity EntitasUji[*] has an invalid id").hasMessageContaining("reserved identifier");
  }

  @Nested
  @MeritFlowIntegrationTest
  class InTheApplication {

    @Autowired ProcessEngine engine;

    @Test
    void theEngineOpensThisEntityManager() {
      var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

      assertThat(configuration.getSessionFactories().get(DbEntityManager.class))
          .isInstanceOf(EntityIdsCheckedWithoutText.class);
      // and the engine still writes: a deployment and a case through it
      String deployment = engine.getRepositoryService().createDeployment().addModelInstance("uji-id.bpmn",
          org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("uji-id").camundaHistoryTimeToLive(1)
              .startEvent().userTask().endEvent().done()).deploy().getId();
      try {
        String id = engine.getRuntimeService().startProcessInstanceByKey("uji-id",
            java.util.Map.of("nip", DemoPegawai.DEWI_NIP)).getId();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(id).count()).isEqualTo(1);
      } finally {
        engine.getRepositoryService().deleteDeployment(deployment, true);
      }
    }
  }
}
