package id.meritflow.platform.engine;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine settings that YAML cannot express. */
@Configuration
class EngineConfiguration {

  @Bean
  ProcessEnginePlugin caseTenantPlugin(CaseTenantResolver resolver) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new CaseTenantIdProvider(resolver));
      }
    };
  }

  /** DMN expressions parsed once, not at every evaluation (FeelParseCache; ADR 0023). */
  @Bean
  ProcessEnginePlugin feelParseCachePlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.isDmnFeelEnableLegacyBehavior()) {
          return; // the legacy (JUEL) FEEL engine has a cache of its own
        }
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
            ? configuration.getDmnEngineConfiguration()
            : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        dmn.setFeelEngineFactory(new FeelParseCache(dmn::getFeelCustomFunctionProviders));
        configuration.setDmnEngineConfiguration(dmn);
      }
    };
  }
}
