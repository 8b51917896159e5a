package id.meritflow.notifikasi;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Notifications: the outbox, its channels and the hooks into every deployed model (docs/notifikasi.md). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifikasiProperties.class)
@EnableScheduling
class NotifikasiConfiguration {

  /**
   * Last of the engine plugins, so its create listener runs after the ones that name the task and
   * hand it to an acting official: the message then carries the final name and recipients.
   */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  ProcessEnginePlugin notifikasiEnginePlugin(PemberitahuanKasus kasus, NotifikasiProperties properties) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
          configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new NotifikasiParseListener(kasus, properties.prosesKasus()));
      }
    };
  }

  /** The EMAIL channel, when an SMTP host is configured (the demo profile brings its own server). */
  @Bean
  KanalNotifikasi kanalEmail(SmtpTujuan tujuan) {
    return tujuan.smtp().aktif() ? new KanalEmail(tujuan.smtp()) : new KanalTidakAktif(KanalEmail.KODE);
  }

  @Bean
  SmtpTujuan smtpTujuan(NotifikasiProperties properties) {
    return new SmtpTujuan(properties.smtp());
  }
}
