package id.meritflow.support;

import id.meritflow.kalender.KalenderHariKerja;
import id.meritflow.kalender.engine.HariKerjaEnginePlugin;
import id.meritflow.kalender.file.HariLiburSources;
import java.time.ZoneId;
import java.util.stream.Stream;

/**
 * The working-day calendar with the shipped 2025-2027 holidays, for engines built from
 * model-tests.cfg.xml (which can only instantiate classes with a no-argument constructor).
 */
public class HariKerjaTestPlugin extends HariKerjaEnginePlugin {

  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  public HariKerjaTestPlugin() {
    super(kalender(), WIB);
  }

  public static KalenderHariKerja kalender() {
    return new KalenderHariKerja(HariLiburSources.load(Stream.of("kalender/hari-libur-2025.json",
        "kalender/hari-libur-2026.json", "kalender/hari-libur-2027.json").map(name -> HariKerjaTestPlugin.class.getClassLoader().getResource(name))
        .toList(), null).values());
  }
}
