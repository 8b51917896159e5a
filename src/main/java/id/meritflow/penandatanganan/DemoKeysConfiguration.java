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
    DemoCertificateAuthority ca = new DemoCertificateAuthority(properties.demo().keysDir());
    ca.prepare(properties.demo().instansi(), properties.demo().peran());
    return ca;
  }
}
