package id.meritflow.kenaikanpangkat;

import id.meritflow.kenaikanpangkat.domain.JenisKenaikanPangkat;
import id.meritflow.kenaikanpangkat.domain.RuteKp;
import id.meritflow.kenaikanpangkat.domain.SyaratJenisKp;
import id.meritflow.kenaikanpangkat.domain.TabelKp;
import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.Pendidikan;
import id.meritflow.kepegawaian.PredikatKinerja;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Evaluates the deployed kp-*.dmn tables with a DMN engine of its own. A national period has tens
 * of thousands of rows and three lookups each, so evaluations are not written to the decision
 * history (each rule's facts record what the table answered); the latest deployed version is
 * looked up again at most every {@link #SEGARKAN_MS} ms, so a table deployed from Modeler takes
 * effect within seconds.
 */
@Component
class TabelKpDmn implements TabelKp {

  static final String SYARAT_JENIS = "kp-syarat-jenis";
  static final String BATAS_PENDIDIKAN = "kp-batas-pendidikan";
  static final String RUTE_KEPPRES = "kp-rute-keppres";
  static final long SEGARKAN_MS = 10_000;

  /**
   * A deployed table version, and its answers by input: the tables are pure functions of their
   * inputs (a handful of distinct inputs: the KP types, education levels and position kinds), so a
   * period's rows reuse the answer instead of evaluating FEEL again; a new version starts empty.
   */
  private record Tersimpan(String definitionId, DmnDecision decision, long dimuat,
      Map<Map<String, Object>, Map<String, Object>> jawaban) {}

  private record Terdeploy(String definitionId, DmnModelInstance model) {}

  private final ProcessEngine engine;
  private final Map<String, Tersimpan> cache = new ConcurrentHashMap<>();
  // A DMN engine of its own: the engine's one writes decision history, and needs a command context.
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  TabelKpDmn(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public SyaratJenisKp syarat(JenisKenaikanPangkat jenis) {
    Map<String, Object> r = evaluate(SYARAT_JENIS, Map.of("jenisKenaikanPangkat", jenis.name()));
    return new SyaratJenisKp(((Number) r.get("minimalTahunPangkat")).intValue(),
        ((Number) r.get("tahunKinerja")).intValue(),
        PredikatKinerja.parse((String) r.get("predikatMinimum")).orElseThrow(
            () -> new IllegalStateException(SYARAT_JENIS + ": predikat tidak dikenal " + r.get("predikatMinimum"))),
        teks(r.get("jabatanWajib")), Boolean.TRUE.equals(r.get("dibatasiRentangJabatan")),
        Boolean.TRUE.equals(r.get("dibatasiPendidikan")), teks(r.get("verifikasi")));
  }

  @Override
  public Golongan batasPendidikan(Pendidikan pendidikan) {
    Object kode = evaluate(BATAS_PENDIDIKAN, Map.of("pendidikan", pendidikan.name())).get("golonganMaksimum");
    return Golongan.fromKode((String) kode)
        .orElseThrow(() -> new IllegalStateException(BATAS_PENDIDIKAN + ": golongan tidak dikenal " + kode));
  }

  @Override
  public RuteKp rute(Optional<JenisJabatan> jenisJabatan, Optional<String> jenjang) {
    Map<String, Object> input = new HashMap<>();
    input.put("jenisJabatan", jenisJabatan.map(Enum::name).orElse("TANPA_JABATAN"));
    input.put("jenjang", jenjang.orElse(""));
    return RuteKp.valueOf((String) evaluate(RUTE_KEPPRES, input).get("rute"));
  }

  private Map<String, Object> evaluate(String key, Map<String, Object> variables) {
    Tersimpan t = decision(key);
    Map<String, Object> input = Map.copyOf(variables);
    Map<String, Object> jawaban = t.jawaban().get(input);
    if (jawaban == null) {
      var result = dmn.evaluateDecisionTable(t.decision(), input);
      if (result.size() != 1) {
        // not remembered: a table that does not answer fails every row that asks, as before
        throw new IllegalStateException("Tabel " + key + " menghasilkan " + result.size() + " baris untuk " + variables);
      }
      jawaban = Collections.unmodifiableMap(new HashMap<>(result.getSingleResult().getEntryMap()));
      if (t.jawaban().size() < MAKS_JAWABAN) {
        t.jawaban().put(input, jawaban);
      }
    }
    return jawaban;
  }

  /** Bound on remembered answers per table version (the inputs are enums; this only guards against surprises). */
  static final int MAKS_JAWABAN = 1_000;

  private Tersimpan decision(String key) {
    Tersimpan t = cache.get(key);
    if (t == null || System.currentTimeMillis() - t.dimuat() > SEGARKAN_MS) {
      // Looked up inside an engine command as the engine itself: the same for a job and for a
      // caller's dry run, whatever that caller's own grants on decision definitions.
      Terdeploy latest = engine().getCommandExecutorTxRequired().execute(ctx -> {
        var cacheEngine = ctx.getProcessEngineConfiguration().getDeploymentCache();
        var definition = cacheEngine.findDeployedLatestDecisionDefinitionByKeyAndTenantId(key, null);
        return new Terdeploy(definition.getId(), cacheEngine.findDmnModelInstanceForDecisionDefinition(definition.getId()));
      });
      t = t != null && t.definitionId().equals(latest.definitionId())
          ? new Tersimpan(t.definitionId(), t.decision(), System.currentTimeMillis(), t.jawaban())
          : new Tersimpan(latest.definitionId(), dmn.parseDecision(key, latest.model()), System.currentTimeMillis(),
              new ConcurrentHashMap<>());
      cache.put(key, t);
    }
    return t;
  }

  private ProcessEngineConfigurationImpl engine() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  private static Optional<String> teks(Object value) {
    return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
  }
}
