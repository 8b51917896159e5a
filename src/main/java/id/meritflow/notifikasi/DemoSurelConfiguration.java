package id.meritflow.notifikasi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * Demo profile only: the embedded SMTP server, and the EMAIL channel pointed at it unless an SMTP
 * host is configured ({@code meritflow.notifikasi.smtp.host}, {@code MERITFLOW_SMTP_HOST}): then the
 * demo mails go to that server (the embedded one still runs, and receives nothing).
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoSurelConfiguration {

  /** Port 0: any free port (the tests); the default 3025 keeps it where a developer expects it. */
  @Bean(initMethod = "mulai", destroyMethod = "berhenti")
  DemoSmtpServer demoSmtpServer(@Value("${meritflow.demo.smtp-port:3025}") int port) {
    return new DemoSmtpServer(port);
  }

  @Bean
  @Primary
  @ConditionalOnExpression("'${meritflow.notifikasi.smtp.host:}'.isBlank()")
  SmtpTujuan demoSmtpTujuan(DemoSmtpServer server) {
    return SmtpTujuan.lokal("127.0.0.1", server.port(), "MeritFlow Demo <no-reply@demo.meritflow.invalid>");
  }
}
