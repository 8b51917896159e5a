package id.meritflow.support;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The in-memory engine of the process-model tests, configured in {@code model-tests.cfg.xml}: one
 * per test JVM (the extension caches it by resource). Register it with
 * {@code @RegisterExtension static ProcessEngineExtension engine = ModelTestEngine.extension();}.
 */
public final class ModelTestEngine {

  public static final String CONFIGURATION = "model-tests.cfg.xml";

  private ModelTestEngine() {}

  public static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().configurationResource(CONFIGURATION).build();
  }
}
