package id.meritflow.pelaksana;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Acting officials (Plh/Plt, ADR 0016): the reconciliation's schedule, the settings, and the page
 * {@code /ketidakhadiran} (static HTML; its data comes from /api/ketidakhadiran behind login).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(PelaksanaProperties.class)
class PelaksanaConfiguration implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/ketidakhadiran").setViewName("forward:/ketidakhadiran.html");
  }
}
