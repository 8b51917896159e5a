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
  ProcessEnginePlugin caseTenantPlugin(CaseTenantResolver resolver,
      @org.springframework.beans.factory.annotation.Value("${meritflow.engine.task-query-exists:true}") boolean taskQueryExists) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new CaseTenantIdProvider(resolver));
        if (configuration.getCustomSessionFactories() == null) {
          configuration.setCustomSessionFactories(new java.util.ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new AuthorizedGroupsUnfiltered());
        configuration.getCustomSessionFactories().add(new EntityIdsCheckedWithoutText(configuration));
      }

      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (taskQueryExists) { // ADR 0021
          configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new TaskQueryAuthorizationExists());
        }
      }

      @Override
      public void postProcessEngineBuild(org.camunda.bpm.engine.ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        EngineIndexes.create(configuration.getDataSource(), configuration.getDatabaseTablePrefix(),
            configuration.getDatabaseType());
      }
    };
  }

  /**
   * Variable history: each variable's latest value, without an {@code ACT_HI_DETAIL} row per change
   * (VariableValuesWithoutDetails, ADR 0027), unless {@code meritflow.engine.variable-detail-history}.
   */
  @Bean
  ProcessEnginePlugin variableHistoryPlugin(
      @org.springframework.beans.factory.annotation.Value("${meritflow.engine.variable-detail-history:false}") boolean details) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (details || configuration.getHistoryEventHandler() != null || !configuration.isEnableDefaultDbHistoryEventHandler()) {
          return; // the engine's own writer, or one somebody configured on purpose
        }
        var handlers = new java.util.ArrayList<org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler>();
        handlers.add(new VariableValuesWithoutDetails());
        if (configuration.getCustomHistoryEventHandlers() != null) {
          handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(handlers);
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
