package id.meritflow.penandatanganan;

import id.meritflow.penandatanganan.kunci.DemoCertificateAuthority;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Demo profile: the demo CA and a certificate per demo agency and signer role, created in
 * {@code meritflow.sk.demo.keys-dir} on first start and reused afterwards. All labelled DEMO.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoKeysConfiguration {

  @Bean
  DemoCertificateAuthority demoCertificateAuthority(SkProperties properties) {
    return new DemoCertificateAuthority(properties.demo().keysDir());
  }

  /**
   * Issues the demo signer certificates in the background once the app is up: generating two dozen
   * RSA keys takes many seconds on a small machine and must not delay start-up. A signing that
   * comes first simply issues its own key (forRole is synchronized and creates what is missing).
   */
  @Bean
  org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationReadyEvent>
      demoCertificatesInBackground(DemoCertificateAuthority ca, SkProperties properties) {
    return event -> {
      Thread thread = new Thread(() -> ca.prepare(properties.demo().instansi(), properties.demo().peran()),
          "demo-sertifikat");
      thread.setDaemon(true);
      thread.start();
    };
  }
}
