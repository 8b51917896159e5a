package id.meritflow.penandatanganan;

import id.meritflow.penandatanganan.dokumen.PadesSigner;
import id.meritflow.penandatanganan.dokumen.PadesVerifier;
import id.meritflow.penandatanganan.dokumen.SkPdfRenderer;
import id.meritflow.penandatanganan.dokumen.SkTemplates;
import id.meritflow.penandatanganan.kunci.DemoCertificateAuthority;
import id.meritflow.penandatanganan.kunci.Pkcs12SigningKeys;
import id.meritflow.penandatanganan.kunci.SigningKeys;
import id.meritflow.penandatanganan.penyimpanan.JdbcPenomoranSk;
import id.meritflow.penandatanganan.penyimpanan.JdbcSuratKeputusanRepository;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import id.meritflow.platform.waktu.EngineClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires SK issuing and verification; the domain, PDF and key classes stay free of Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SkProperties.class)
@Import(DemoKeysConfiguration.class)
public class PenandatangananConfiguration {

  @Bean
  PenandatangananService penandatangananService(SigningKeys signingKeys, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, SkProperties properties, ObjectProvider<Clock> clock) {
    return new PenandatangananService(new SkTemplates(), new SkPdfRenderer(), new PadesSigner(), signingKeys,
        new JdbcPenomoranSk(jdbc, transactions), new JdbcSuratKeputusanRepository(jdbc), transactions, properties,
        clock.getIfAvailable(EngineClock::new));
  }

  @Bean
  VerifikasiSkService verifikasiSkService(JdbcTemplate jdbc, SkProperties properties,
      ObjectProvider<DemoCertificateAuthority> demo) throws Exception {
    List<X509Certificate> trusted = new ArrayList<>(readCertificates(properties.trustedCa()));
    demo.ifAvailable(ca -> trusted.add(ca.caCertificate()));
    return new VerifikasiSkService(new PadesVerifier(trusted), new JdbcSuratKeputusanRepository(jdbc));
  }

  /** Configured keystores first; in the demo profile the demo CA covers every other role. */
  @Bean
  SigningKeys signingKeys(SkProperties properties, ObjectProvider<DemoCertificateAuthority> demo) {
    Pkcs12SigningKeys configured = new Pkcs12SigningKeys(properties.keystores(), System::getenv);
    DemoCertificateAuthority demoCa = demo.getIfAvailable();
    if (demoCa == null) {
      return configured;
    }
    return (instansiId, peran) -> configured.configured(instansiId, peran)
        ? configured.forRole(instansiId, peran) : demoCa.forRole(instansiId, peran);
  }

  private static List<X509Certificate> readCertificates(List<Path> files) throws Exception {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> certificates = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        factory.generateCertificates(in).forEach(c -> certificates.add((X509Certificate) c));
      }
    }
    return certificates;
  }
}
