package id.meritflow.kalender.engine;

import id.meritflow.kalender.KalenderHariKerja;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Teaches the engine "N hari kerja" in timers and task dates. Runs in postInit because the engine
 * only creates its default BusinessCalendarManager during init; wrapping it afterwards keeps
 * Camunda's defaults (ISO 8601, cron) for every other text.
 */
public class HariKerjaEnginePlugin extends AbstractProcessEnginePlugin {

  private final KalenderHariKerja kalender;
  private final ZoneId zona;

  /** @param zona where a day starts and ends, for turning the engine's instants into dates */
  public HariKerjaEnginePlugin(KalenderHariKerja kalender, ZoneId zona) {
    this.kalender = kalender;
    this.zona = zona;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setBusinessCalendarManager(
        new HariKerjaBusinessCalendarManager(configuration.getBusinessCalendarManager(), kalender, zona));
  }
}
