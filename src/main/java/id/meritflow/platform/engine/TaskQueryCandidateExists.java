package id.meritflow.platform.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tasklist's list ("tasks of my groups, unassigned, oldest first, 15 at a time") after
 * {@link TaskQueryAuthorizationExists}: the candidate-group condition as an {@code EXISTS} on
 * {@code ACT_RU_IDENTITYLINK} instead of a left join, and then without {@code distinct}. The join
 * could give a task once per matching identity link, so the engine writes {@code select distinct},
 * and a distinct over every column has to read every open task of the agency before it can return
 * the oldest 15: 46 ms at 3,000 open tasks, a second at 30,000 (docs/perf/rest.md). With no join left
 * that can repeat a task, the rows are distinct anyway and PostgreSQL can walk the tasks in
 * creation order and stop after the page.
 *
 * <p>Only a statement of exactly this shape is changed: one identity-link join, whose alias appears
 * nowhere else than in {@code I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ?, … ) )}, and no join
 * other than the task's process definition and execution (one row each). No placeholder moves.
 */
final class TaskQueryCandidateExists {

  private static final Pattern LINK_JOIN = Pattern.compile(
      "(?i)\\bleft\\s+join\\s+(\\S*ACT_RU_IDENTITYLINK)\\s+I\\s+on\\s+I\\.TASK_ID_\\s*=\\s*RES\\.ID_\\b");
  private static final Pattern CANDIDATE_GROUPS = Pattern.compile(
      "(?i)\\bI\\.TYPE_\\s*=\\s*'candidate'\\s+and\\s*\\(\\s*I\\.GROUP_ID_\\s+IN\\s*(\\(\\s*\\?(?:\\s*,\\s*\\?)*\\s*\\))\\s*\\)");
  private static final Pattern ALIAS_I = Pattern.compile("(?<![\\w.])I\\.");
  private static final Pattern ANY_JOIN = Pattern.compile("(?i)\\bjoin\\b");
  private static final Pattern ONE_ROW_JOIN = Pattern.compile("(?i)join\\s+\\S*(ACT_RE_PROCDEF\\s+D|ACT_RU_EXECUTION\\s+E)\\s+on\\b");
  private static final Pattern SELECT_DISTINCT = Pattern.compile("(?is)^(\\s*select\\s+)distinct\\s+");

  private TaskQueryCandidateExists() {}

  /** The list statement rewritten, or empty when it does not have exactly the expected shape. */
  static Optional<String> rewrite(String sql) {
    Matcher join = LINK_JOIN.matcher(sql);
    if (!join.find() || join.find()) {
      return Optional.empty();
    }
    join.reset().find();
    Matcher candidate = CANDIDATE_GROUPS.matcher(sql);
    if (!candidate.find() || candidate.find()) {
      return Optional.empty();
    }
    candidate.reset().find();
    // the alias I: once in the join's condition, twice in the candidate condition, nowhere else
    if (ALIAS_I.matcher(sql).results().count() != 3) {
      return Optional.empty();
    }
    String exists = "EXISTS (SELECT 1 FROM " + join.group(1) + " I WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = 'candidate'"
        + " AND I.GROUP_ID_ IN " + candidate.group(1) + ")";
    String out = sql.substring(0, join.start()) + sql.substring(join.end(), candidate.start()) + exists
        + sql.substring(candidate.end());
    Matcher joins = ANY_JOIN.matcher(out);
    Matcher oneRow = ONE_ROW_JOIN.matcher(out);
    while (joins.find()) {
      if (!oneRow.region(joins.start(), out.length()).lookingAt()) {
        return Optional.empty(); // a join that could repeat a task (or a derived table): keep the engine's statement
      }
    }
    Matcher distinct = SELECT_DISTINCT.matcher(out);
    return distinct.find() ? Optional.of(distinct.replaceFirst("$1")) : Optional.of(out);
  }
}
