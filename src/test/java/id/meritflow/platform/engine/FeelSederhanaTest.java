package id.meritflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/** The FEEL forms answered without the FEEL engine decide every table exactly as the FEEL engine does. */
class FeelSederhanaTest {

  private static final DmnEngine FEEL = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  @Test
  void everyTableInProcessesDecidesAsTheFeelEngineForEveryCombinationOfItsValues() throws Exception {
    DmnEngine ours = ours();
    List<String> differences = new ArrayList<>();
    int evaluations = 0;
    List<Path> tables;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      tables = files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList();
    }
    assertThat(tables).hasSizeGreaterThanOrEqualTo(7);
    for (Path table : tables) {
      DmnDecision feel = parse(FEEL, table);
      DmnDecision simple = parse(ours, table);
      for (Map<String, Object> in : combinations((DmnDecisionTableImpl) feel.getDecisionLogic())) {
        String expected = outcome(FEEL, feel, in);
        String actual = outcome(ours, simple, in);
        if (!expected.equals(actual)) {
          differences.add(table.getFileName() + " " + in + ": " + expected + " ≠ " + actual);
        }
        evaluations++;
      }
    }
    assertThat(differences).isEmpty();
    assertThat(evaluations).isGreaterThan(1_000);
  }

  @Test
  void theSimpleFormsAreAnsweredAndEverythingElseIsLeftToTheFeelEngine() {
    FeelSederhana simple = new FeelSederhana();
    VariableContext context = Variables.createVariables().putValue("cellInput", "BERAT").putValue("jenjang", "AHLI_UTAMA")
        .putValue("jumlah", 3).putValue("kosong", null).asVariableContext();

    assertThat(simple.unaryTests("\"RINGAN\", \"BERAT\"", "cellInput", context)).contains(true);
    assertThat(simple.unaryTests("\"RINGAN\"", "cellInput", context)).contains(false);
    assertThat(simple.unaryTests("not(\"BERAT\")", "cellInput", context)).contains(false);
    assertThat(simple.unaryTests("not(\"SEDANG\",\"RINGAN\")", "cellInput", context)).contains(true);
    assertThat(simple.expression("\"a.n. Menteri\"", context)).contains(new FeelSederhana.Answer("a.n. Menteri"));
    assertThat(simple.expression("\"\"", context)).contains(new FeelSederhana.Answer(""));
    assertThat(simple.expression("false", context)).contains(new FeelSederhana.Answer(false));
    assertThat(simple.expression("jenjang", context)).contains(new FeelSederhana.Answer("AHLI_UTAMA"));
    // a null input: no literal list holds, every negated one does; a variable holding null is null
    assertThat(simple.unaryTests("\"BERAT\"", "kosong", context)).contains(false);
    assertThat(simple.unaryTests("not(\"BERAT\")", "kosong", context)).contains(true);
    assertThat(simple.expression("kosong", context)).contains(new FeelSederhana.Answer(null));

    // left to FEEL: other forms, other input types, missing variables, escapes, keywords
    assertThat(simple.unaryTests("< 3", "cellInput", context)).isEmpty();
    assertThat(simple.unaryTests("\"3\"", "jumlah", context)).isEmpty();
    assertThat(simple.unaryTests("\"BERAT\"", "tidakAda", context)).isEmpty();
    assertThat(simple.unaryTests("\"BE\\\"RAT\"", "cellInput", context)).isEmpty();
    assertThat(simple.expression("jumlah", context)).isEmpty();
    assertThat(simple.expression("tidakAda", context)).isEmpty();
    assertThat(simple.expression("null", context)).isEmpty();
    assertThat(simple.expression("jumlah + 1", context)).isEmpty();
    assertThat(simple.expression("\"a\\nb\"", context)).isEmpty();
  }

  private static DmnEngine ours() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new FeelParseCache(configuration::getFeelCustomFunctionProviders));
    return configuration.buildEngine();
  }

  private static DmnDecision parse(DmnEngine engine, Path table) throws Exception {
    try (InputStream in = Files.newInputStream(table)) {
      return engine.parseDecisions(in).get(0);
    }
  }

  /** Every combination of each input's candidate values: the literals of its column, null, and values outside them. */
  private static List<Map<String, Object>> combinations(DmnDecisionTableImpl table) {
    List<String> names = new ArrayList<>();
    List<List<Object>> values = new ArrayList<>();
    for (int i = 0; i < table.getInputs().size(); i++) {
      DmnDecisionTableInputImpl input = table.getInputs().get(i);
      names.add(input.getExpression().getExpression().trim());
      Set<Object> candidates = new LinkedHashSet<>();
      for (DmnDecisionTableRuleImpl rule : table.getRules()) {
        DmnExpressionImpl condition = rule.getConditions().get(i);
        String text = condition.getExpression();
        if (text != null) {
          FeelSederhana.literalList(text).ifPresent(candidates::addAll);
        }
      }
      String type = input.getExpression().getTypeDefinition().getTypeName();
      if ("integer".equals(type)) {
        candidates.addAll(List.of(0, 1, 2, 3, 5, 6, 10, 11, 20, 28, 46));
      } else if ("boolean".equals(type)) {
        candidates.addAll(List.of(true, false));
      } else {
        candidates.addAll(List.of("LAIN", "", 7));
      }
      List<Object> list = new ArrayList<>(candidates);
      list.add(null);
      values.add(list);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(new HashMap<>());
    for (int i = 0; i < names.size(); i++) {
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> partial : out) {
        for (Object v : values.get(i)) {
          Map<String, Object> m = new HashMap<>(partial);
          m.put(names.get(i), v);
          next.add(m);
        }
      }
      out = next;
    }
    return out;
  }

  private static String outcome(DmnEngine engine, DmnDecision decision, Map<String, Object> in) {
    try {
      return engine.evaluateDecisionTable(decision, in).getResultList().toString();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
