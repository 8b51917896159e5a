package id.meritflow.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.property.PropertyTokenizer;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;

/**
 * The engine's task query (Tasklist's list and its count) with its authorization check as an
 * {@code EXISTS} per task instead of a join. The engine joins the caller's authorizations as
 * {@code left join (select ... from ACT_RU_AUTHORIZATION ...) AUTH on AUTH.RESOURCE_ID_ in (RES.ID_,
 * D.KEY_, '*')} and keeps a task {@code where AUTH.RESOURCE_ID_ is not null}. The join condition
 * is an {@code OR}, so PostgreSQL cannot hash it and, misjudging the sizes, compares every open
 * task of the tenant with every grant of the caller's groups (one per open task): quadratic, 1.1 s
 * for 1,000 open tasks per agency (docs/perf/rest.md). As
 * {@code exists (select 1 from ACT_RU_AUTHORIZATION A where (same filter) and (same condition on A))} the same tasks are kept
 * (the query is {@code distinct} over task columns only, so the join's duplicate rows never showed)
 * and each task costs one index probe of {@code ACT_RU_AUTHORIZATION.RESOURCE_ID_}.
 *
 * <p>Only the statement text moves; its parameters move with it. A statement that does not have
 * exactly the expected shape (one {@code AUTH} join, one {@code AUTH.RESOURCE_ID_ IS NOT NULL}, no
 * composite check) runs unchanged. CIB seven and Operaton made the same change in their mappings.
 *
 * <p>Correlated directly, not through a derived table: written as
 * {@code exists (select 1 from (subquery) AUTH where …)}, H2 took the subquery for independent of
 * the outer row and apparently answered it once ({@code MatriksOtorisasiTest} saw {@code bpasn} read a Cimahi
 * task it may not read).
 */
@Intercepts(@Signature(type = Executor.class, method = "query",
    args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
final class TaskQueryAuthorizationExists implements Interceptor {

  private static final String TASK_QUERIES = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTask";
  private static final Pattern AUTH_JOIN = Pattern.compile(
      "(?i)\\b(left|inner)\\s+join\\s*(\\()\\s*SELECT\\s+A\\.\\*\\s+FROM\\s+\\S*ACT_RU_AUTHORIZATION\\s+A\\b");
  private static final Pattern AUTH_ON = Pattern.compile("(?i)\\G\\s*AUTH\\s+ON\\s*(\\()");
  private static final Pattern SUBQUERY_WHERE = Pattern.compile("(?is)^\\s*SELECT\\s+A\\.\\*\\s+(FROM\\s+\\S+\\s+A\\s+WHERE)\\b");
  private static final Pattern AUTH_COLUMN = Pattern.compile("\\bAUTH\\.");
  private static final Pattern AUTH_FOUND = Pattern.compile("(?i)AUTH\\.RESOURCE_ID_\\s+IS\\s+NOT\\s+NULL");

  record Rewritten(String sql, List<ParameterMapping> parameters) {}

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
    String id = statement.getId();
    if (!(id.startsWith(TASK_QUERIES) && id.endsWith("ByQueryCriteria"))) {
      return invocation.proceed();
    }
    Object parameter = invocation.getArgs()[1];
    BoundSql bound = statement.getBoundSql(parameter);
    Optional<Rewritten> rewritten = rewrite(bound.getSql(), bound.getParameterMappings());
    if (rewritten.isEmpty()) {
      return invocation.proceed();
    }
    if (id.endsWith("selectTaskByQueryCriteria")) { // the list, not its count
      rewritten = rewritten.map(r -> new Rewritten(TaskQueryCandidateExists.rewrite(r.sql()).orElse(r.sql()), r.parameters()));
    }
    BoundSql exists = new BoundSql(statement.getConfiguration(), rewritten.get().sql(), rewritten.get().parameters(), parameter);
    for (ParameterMapping p : bound.getParameterMappings()) {
      String name = new PropertyTokenizer(p.getProperty()).getName();
      if (bound.hasAdditionalParameter(name)) { // foreach items and bound values
        exists.setAdditionalParameter(name, bound.getAdditionalParameter(name));
      }
    }
    invocation.getArgs()[0] = copy(statement, exists);
    if (id.endsWith("selectTaskByQueryCriteria") && TaskListInCreationOrder.applies(exists.getSql())) {
      Executor executor = (Executor) invocation.getTarget();
      return TaskListInCreationOrder.walk(executor.getTransaction().getConnection(), invocation::proceed);
    }
    return invocation.proceed();
  }

  /** The statement with the authorization join turned into an EXISTS, if it has the expected shape. */
  static Optional<Rewritten> rewrite(String sql, List<ParameterMapping> parameters) {
    if (AUTH_JOIN.matcher(sql).results().count() != 1 || AUTH_FOUND.matcher(sql).results().count() != 1
        || sql.contains("AUTH1")) {
      return Optional.empty(); // another shape (revoke checks, composite checks): as the engine wrote it
    }
    Matcher join = AUTH_JOIN.matcher(sql);
    join.find();
    int subqueryOpen = join.start(2);
    int subqueryClose = closing(sql, subqueryOpen);
    if (subqueryClose < 0) {
      return Optional.empty();
    }
    Matcher on = AUTH_ON.matcher(sql);
    if (!on.find(subqueryClose + 1)) {
      return Optional.empty();
    }
    int onOpen = on.start(1);
    int onClose = closing(sql, onOpen);
    if (onClose < 0) {
      return Optional.empty();
    }
    Matcher found = AUTH_FOUND.matcher(sql);
    if (!found.find(onClose)) {
      return Optional.empty();
    }
    String subquery = sql.substring(subqueryOpen + 1, subqueryClose);
    Matcher where = SUBQUERY_WHERE.matcher(subquery);
    if (!where.find()) {
      return Optional.empty();
    }
    String condition = AUTH_COLUMN.matcher(sql.substring(onOpen + 1, onClose)).replaceAll("A.");
    // correlated directly, not through a derived table (H2 evaluated that one once for all rows)
    String exists = "EXISTS (SELECT 1 " + where.group(1) + " (" + subquery.substring(where.end()) + ") AND ("
        + condition + "))";
    String before = sql.substring(0, join.start());
    String between = sql.substring(onClose + 1, found.start());
    String after = sql.substring(found.end());
    int inBefore = placeholders(before);
    int inJoin = placeholders(sql.substring(join.start(), onClose + 1));
    int inBetween = placeholders(between);
    if (inBefore + inJoin + inBetween + placeholders(after) != parameters.size()) {
      return Optional.empty();
    }
    List<ParameterMapping> moved = new ArrayList<>(parameters.subList(0, inBefore));
    moved.addAll(parameters.subList(inBefore + inJoin, inBefore + inJoin + inBetween));
    moved.addAll(parameters.subList(inBefore, inBefore + inJoin));
    moved.addAll(parameters.subList(inBefore + inJoin + inBetween, parameters.size()));
    return Optional.of(new Rewritten(before + " " + between + exists + after, moved));
  }

  /** Index of the parenthesis that closes the one at {@code open}, outside string literals; -1 if none. */
  private static int closing(String sql, int open) {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int placeholders(String sql) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '?') {
        n++;
      }
    }
    return n;
  }

  private static MappedStatement copy(MappedStatement s, BoundSql bound) {
    var b = new MappedStatement.Builder(s.getConfiguration(), s.getId(), parameterObject -> bound, s.getSqlCommandType())
        .resource(s.getResource()).fetchSize(s.getFetchSize()).timeout(s.getTimeout()).statementType(s.getStatementType())
        .resultSetType(s.getResultSetType()).parameterMap(s.getParameterMap()).resultMaps(s.getResultMaps())
        .cache(s.getCache()).flushCacheRequired(s.isFlushCacheRequired()).useCache(s.isUseCache())
        .keyGenerator(s.getKeyGenerator()).databaseId(s.getDatabaseId()).lang(s.getLang())
        .resultOrdered(s.isResultOrdered());
    return b.build();
  }
}
