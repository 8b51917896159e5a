package id.meritflow.platform.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The few FEEL forms MeritFlow's decision tables are written in, answered without the FEEL engine:
 * Camunda's Scala FEEL builds its table of built-in functions for every evaluation (about a tenth of
 * the job executor's time in a KP batch or a mutasi SK: the signer table runs once per SK, docs/perf).
 *
 * <ul>
 *   <li>input entries: a list of string literals ({@code "PUSAT","PROVINSI"}) or its negation
 *       ({@code not("BERAT")}), tested against a string input or a null one (the signer table's
 *       {@code tingkatHukuman} is null for every SK but a disciplinary one);</li>
 *   <li>input and output expressions: a string literal, {@code true}, {@code false}, or the name of a
 *       variable that holds a string, a boolean or null.</li>
 * </ul>
 *
 * <p>Anything else, including those forms with an input of another type, a missing variable or a
 * literal with an escape, is answered by the FEEL engine as before ({@link #unaryTests} and
 * {@link #expression} answer empty). {@code FeelSederhanaTest} compares both answers for every entry of
 * every table in {@code processes/}.
 */
final class FeelSederhana {

  private static final String LITERAL = "\"[^\"\\\\]*\"";
  private static final Pattern LITERALS = Pattern.compile("\\s*" + LITERAL + "(?:\\s*,\\s*" + LITERAL + ")*\\s*");
  private static final Pattern NOT_LITERALS = Pattern.compile("\\s*not\\s*\\((" + LITERALS.pattern() + ")\\)\\s*");
  private static final Pattern ONE_LITERAL = Pattern.compile("\\s*(" + LITERAL + ")\\s*");
  private static final Pattern LITERAL_IN_LIST = Pattern.compile("\"([^\"\\\\]*)\"");
  private static final Pattern NAME = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*");
  /** FEEL's keywords and built-in literal names: never taken for a variable. */
  private static final Set<String> RESERVED = Set.of("true", "false", "null", "not", "and", "or", "between", "instance",
      "of", "in", "if", "then", "else", "for", "some", "every", "satisfies", "function", "external", "return");
  private static final int MAX_EXPRESSIONS = FeelParseCache.MAX_EXPRESSIONS;

  private sealed interface Test permits Members, Unsupported {}

  private record Members(Set<String> values, boolean negated) implements Test {}

  private record Unsupported() implements Test {}

  private sealed interface Expression permits Constant, Variable, NotSimple {}

  private record Constant(Object value) implements Expression {}

  private record Variable(String name) implements Expression {}

  private record NotSimple() implements Expression {}

  /** An expression's value as this class answers it; {@code null} when the variable holds null. */
  record Answer(Object value) {}

  private final Map<String, Test> tests = new ConcurrentHashMap<>();
  private final Map<String, Expression> expressions = new ConcurrentHashMap<>();

  /** Whether the input entry holds for the input, if this class can tell. */
  Optional<Boolean> unaryTests(String entry, String inputVariable, VariableContext context) {
    if (!(remembered(tests, entry, FeelSederhana::test) instanceof Members members)) {
      return Optional.empty();
    }
    if (!context.containsVariable(inputVariable)) {
      return Optional.empty();
    }
    TypedValue input = context.resolve(inputVariable);
    Object value = input == null ? null : input.getValue();
    if (value == null) {
      // FEEL: null equals none of the literals, so the list does not hold and its negation does
      return Optional.of(members.negated());
    }
    if (!(value instanceof String text)) {
      return Optional.empty();
    }
    return Optional.of(members.values().contains(text) != members.negated());
  }

  /** The expression's value, if this class can tell (empty: ask FEEL). */
  Optional<Answer> expression(String text, VariableContext context) {
    Expression e = remembered(expressions, text, FeelSederhana::expression);
    if (e instanceof Constant c) {
      return Optional.of(new Answer(c.value()));
    }
    if (e instanceof Variable v && context.containsVariable(v.name())) {
      TypedValue typed = context.resolve(v.name());
      Object value = typed == null ? null : typed.getValue();
      if (value == null || value instanceof String || value instanceof Boolean) {
        return Optional.of(new Answer(value));
      }
    }
    return Optional.empty();
  }

  private static Test test(String entry) {
    Matcher not = NOT_LITERALS.matcher(entry);
    if (not.matches()) {
      return new Members(values(not.group(1)), true);
    }
    if (LITERALS.matcher(entry).matches()) {
      return new Members(values(entry), false);
    }
    return new Unsupported();
  }

  private static Set<String> values(String literals) {
    return Set.copyOf(LITERAL_IN_LIST.matcher(literals).results().map(m -> m.group(1)).toList());
  }

  private static Expression expression(String text) {
    Matcher literal = ONE_LITERAL.matcher(text);
    if (literal.matches()) {
      String quoted = literal.group(1);
      return new Constant(quoted.substring(1, quoted.length() - 1));
    }
    String trimmed = text.trim();
    if (trimmed.equals("true") || trimmed.equals("false")) {
      return new Constant(Boolean.valueOf(trimmed));
    }
    Matcher name = NAME.matcher(text);
    if (name.matches() && !RESERVED.contains(name.group(1))) {
      return new Variable(name.group(1));
    }
    return new NotSimple();
  }

  private static <T> T remembered(Map<String, T> known, String text, java.util.function.Function<String, T> compile) {
    T t = known.get(text);
    if (t == null) {
      t = compile.apply(text);
      if (known.size() >= MAX_EXPRESSIONS) {
        known.clear();
      }
      known.put(text, t);
    }
    return t;
  }

  /** For tests: the string values of the entry's list, or empty when the entry is not a literal list. */
  static Optional<List<String>> literalList(String entry) {
    return test(entry) instanceof Members m ? Optional.of(List.copyOf(m.values())) : Optional.empty();
  }
}
