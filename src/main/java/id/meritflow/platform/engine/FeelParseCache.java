package id.meritflow.platform.engine;

import camundajar.impl.scala.util.Either;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * The engine's FEEL engine (Camunda's Scala FEEL, unchanged) with the parse of each DMN expression
 * kept: Camunda parses every input and output entry again at every evaluation, a third of the
 * signer decision's time (delegasi-tanda-tangan.dmn, once per SK). A parse depends on the
 * expression's text only; evaluation, functions, value mapping and error messages stay the FEEL
 * engine's own, and a text that does not parse is parsed again (and fails the same way) each time.
 * The simplest entries (string lists, literals, a variable's name) do not reach the FEEL engine at
 * all ({@link FeelSederhana}).
 */
final class FeelParseCache extends ScalaFeelEngineFactory {

  /** More distinct expression texts than all deployed decisions hold: then start again (no unbounded growth). */
  static final int MAX_EXPRESSIONS = 10_000;

  private final Supplier<List<FeelCustomFunctionProvider>> functionProviders;

  FeelParseCache(Supplier<List<FeelCustomFunctionProvider>> functionProviders) {
    this.functionProviders = functionProviders;
  }

  @Override
  public FeelEngine createInstance() {
    List<FeelCustomFunctionProvider> providers = functionProviders.get();
    FeelSederhana simple = new FeelSederhana();
    return new ScalaFeelEngine(providers == null ? List.of() : providers) {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        Optional<FeelSederhana.Answer> answer = simple.expression(expression, variableContext);
        return answer.isPresent() ? (T) answer.get().value() : super.evaluateSimpleExpression(expression, variableContext);
      }

      @Override
      public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        return simple.unaryTests(expression, inputVariable, variableContext)
            .orElseGet(() -> super.evaluateSimpleUnaryTests(expression, inputVariable, variableContext));
      }

      @Override
      protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer transformer,
          ValueMapper.CompositeValueMapper valueMapper) {
        return new Parses(super.buildFeelEngine(transformer, valueMapper));
      }
    };
  }

  /** Camunda's FEEL engine, built as Camunda builds it, whose two parse methods remember their results. */
  static final class Parses extends org.camunda.feel.FeelEngine {

    private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();
    private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();

    Parses(org.camunda.feel.FeelEngine built) {
      super(built.functionProvider(), built.valueMapper(), built.configuration(), built.clock());
    }

    @Override
    public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
      return kept(unaryTests, expression, super::parseUnaryTests);
    }

    @Override
    public Either<Failure, ParsedExpression> parseExpression(String expression) {
      return kept(expressions, expression, super::parseExpression);
    }

    private static Either<Failure, ParsedExpression> kept(Map<String, Either<Failure, ParsedExpression>> parses,
        String expression, Function<String, Either<Failure, ParsedExpression>> parse) {
      Either<Failure, ParsedExpression> known = parses.get(expression);
      if (known != null) {
        return known;
      }
      Either<Failure, ParsedExpression> parsed = parse.apply(expression);
      if (parsed.isRight()) {
        if (parses.size() >= MAX_EXPRESSIONS) {
          parses.clear();
        }
        parses.put(expression, parsed);
      }
      return parsed;
    }
  }
}
