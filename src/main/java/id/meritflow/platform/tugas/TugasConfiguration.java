package id.meritflow.platform.tugas;

import id.meritflow.kepegawaian.PegawaiDirectory;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Tasks as Tasklist shows them: names with the employee's name, a due date on every task, readable
 * by the operator who proposed the case.
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
      @Value("${meritflow.tugas.batas-waktu-bawaan:5 hari kerja}") String batasWaktuBawaan) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
          configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners()
            .add(new TugasParseListener(new PenamaanTugasListener(pegawai, batasWaktuBawaan),
                new PengusulMembacaTugasListener()));
      }
    };
  }
}
