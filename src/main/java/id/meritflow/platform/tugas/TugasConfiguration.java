package id.meritflow.platform.tugas;

import id.meritflow.kepegawaian.PegawaiDirectory;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Tasks as Tasklist shows them: names with the employee's name, a due date on every task, readable
 * by the operator who proposed the case. First of all, a task that reaches an absent official goes
 * to their acting official (pelaksana/, ADR 0016), so that every later listener sees who acts.
 */
@Configuration(proxyBeanMethods = false)
class TugasConfiguration {

  /**
   * First of the engine plugins: its create listeners name the task (and set its due date) before
   * any later listener, such as the new-task notification, reads them.
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ProcessEnginePlugin penamaanTugasPlugin(PegawaiDirectory pegawai,
      @Value("${meritflow.tugas.batas-waktu-bawaan:5 hari kerja}") String batasWaktuBawaan,
      @Qualifier("pelimpahanTugasListener") ObjectProvider<TaskListener> pelimpahan) {
    // looked up when a task is created: the listener needs the engine's own services
    TaskListener pelimpahanTugas = task -> pelimpahan.ifAvailable(listener -> listener.notify(task));
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
          configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners()
            .add(new TugasParseListener(pelimpahanTugas, new PenamaanTugasListener(pegawai, batasWaktuBawaan),
                new PengusulMembacaTugasListener()));
      }
    };
  }
}
