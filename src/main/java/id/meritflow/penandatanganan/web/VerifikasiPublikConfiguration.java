package id.meritflow.penandatanganan.web;

import id.meritflow.platform.web.BatasPermintaan;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rate and size limits of the public verification pages; see {@link VerifikasiPublikFilter}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VerifikasiPublikProperties.class)
class VerifikasiPublikConfiguration {

  /**
   * Counted on the wall clock, not the application's {@link Clock} bean: that one follows the
   * engine's business time, which tests (and a demo) may move.
   */
  @Bean
  FilterRegistrationBean<VerifikasiPublikFilter> verifikasiPublikFilter(VerifikasiPublikProperties properties) {
    Clock clock = Clock.systemUTC();
    var filter = new VerifikasiPublikFilter(
        new BatasPermintaan(properties.batasHalaman(), properties.jendela(), clock),
        new BatasPermintaan(properties.batasUnggah(), properties.jendela(), clock), properties);
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("verifikasi-sk-publik");
    registration.addUrlPatterns("/verifikasi-sk", "/verifikasi-sk/*");
    registration.setOrder(5);
    return registration;
  }
}
