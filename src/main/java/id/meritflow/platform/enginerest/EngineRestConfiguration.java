package id.meritflow.platform.enginerest;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's engine REST resources plus MeritFlow's refusal mappers. Jersey picks, among mappers
 * for the same exception type, the one with the lowest priority number: Camunda's own are
 * registered without one (5000), so these (1000) win for {@code RestException} and
 * {@code ProcessEngineException} and fall back to Camunda's answer for everything else.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

  static final int PRIORITY = 1000;

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        super.registerAdditionalResources();
        register(RestRefusalMapper.class, PRIORITY);
        register(EngineRefusalMapper.class, PRIORITY);
      }
    };
  }
}
