package id.meritflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.Test;

class FeelParseCacheTest {

  static final String[] KEPUTUSAN = {"MUTASI", "KENAIKAN_PANGKAT", "DISIPLIN", null};
  static final String[] JABATAN = {"JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS", "PELAKSANA",
      "FUNGSIONAL", null};
  static final String[] JENJANG = {"AHLI_UTAMA", "AHLI_MADYA", "TERAMPIL", null};
  static final String[] TINGKAT = {"PUSAT", "PROVINSI", "KABUPATEN_KOTA", null};
  static final String[] HUKUMAN = {"RINGAN", "SEDANG", "BERAT", null};

  @Test
  void theSignerDecisionDecidesExactlyAsWithoutTheCacheForEveryInput() throws Exception {
    // given the signer table on Camunda's own FEEL engine and on the one that keeps its parses
    DmnDecision plain = decision(plainEngine());
    DmnEngine cachingEngine = cachingEngine();
    DmnDecision caching = decision(cachingEngine);

    // when every combination of the table's inputs is decided on both, twice on the caching one
    List<String> differences = new ArrayList<>();
    int combinations = 0;
    for (String k : KEPUTUSAN) {
      for (String j : JABATAN) {
        for (String n : JENJANG) {
          for (String t : TINGKAT) {
            for (String h : HUKUMAN) {
              Map<String, Object> in = new HashMap<>();
              in.put("jenisKeputusan", k);
              in.put("jenisJabatan", j);
              in.put("jenjang", n);
              in.put("tingkatInstansi", t);
              in.put("tingkatHukuman", h);
              String expected = outcome(plainEngine(), plain, in);
              for (int round = 0; round < 2; round++) {
                String actual = outcome(cachingEngine, caching, in);
                if (!expected.equals(actual)) {
                  differences.add(in + ": " + expected + " ≠ " + actual);
                }
              }
              combinations++;
            }
          }
        }
      }
    }

    // then no outcome differs, failures included (no matching row, more than one)
    assertThat(combinations).isEqualTo(4 * 8 * 4 * 4 * 4);
    assertThat(differences).isEmpty();
  }

  @Test
  void aParseIsKeptAndAnExpressionThatDoesNotParseFailsEveryTime() {
    // given Camunda's FEEL engine keeping its parses
    FeelParseCache.Parses feel = new FeelParseCache.Parses(new org.camunda.feel.FeelEngine.Builder().build());

    // when one text is parsed twice, and a broken one twice
    var first = feel.parseUnaryTests("\"MUTASI\",\"KENAIKAN_PANGKAT\"");
    var second = feel.parseUnaryTests("\"MUTASI\",\"KENAIKAN_PANGKAT\"");
    var broken = feel.parseExpression("\"tidak ditutup");
    var brokenAgain = feel.parseExpression("\"tidak ditutup");

    // then the first parse is reused, and the broken text fails both times with the same message
    assertThat(second).isSameAs(first);
    assertThat(broken.isLeft()).isTrue();
    assertThat(brokenAgain.isLeft()).isTrue();
    assertThat(brokenAgain.toString()).isEqualTo(broken.toString()).contains("tidak ditutup");
  }

  private static DmnEngine plainEngine() {
    return PLAIN;
  }

  private static final DmnEngine PLAIN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private static DmnEngine cachingEngine() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new FeelParseCache(configuration::getFeelCustomFunctionProviders));
    DmnEngine engine = configuration.buildEngine();
    assertThat(((DefaultDmnEngineConfiguration) engine.getConfiguration()).getFeelEngineFactory())
        .isInstanceOf(FeelParseCache.class);
    return engine;
  }

  private static DmnDecision decision(DmnEngine engine) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("processes/delegasi-tanda-tangan.dmn"))) {
      return engine.parseDecision("delegasi-tanda-tangan", in);
    }
  }

  private static String outcome(DmnEngine engine, DmnDecision decision, Map<String, Object> in) {
    try {
      return engine.evaluateDecisionTable(decision, in).getResultList().toString();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
