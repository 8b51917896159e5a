package id.meritflow.platform.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasklist's page of tasks ("oldest or newest 15 of my groups' tasks") on PostgreSQL: read in
 * creation order along the engine's index on {@code ACT_RU_TASK.CREATE_TIME_} and stop after the
 * page, instead of reading and sorting every open task the filter matches.
 *
 * <p>The planner cannot see that the walk is cheap: it takes the process-definition condition for
 * one definition in seven, the authorization {@code EXISTS} for one task in two and the tenant
 * (written twice by the engine) for one in nine, so it expects about 80 of an agency's 10,000 open
 * tasks to match and sorts them; in fact nearly all match, and sorting them took 0.4–0.8 s per page at
 * 30,000 open tasks (docs/perf/rest.md, auto_explain). With the sort priced out for this one
 * statement ({@code set local enable_sort = off}, reset right after it, in the command's
 * transaction) the planner walks the index. Worst case, a filter that matches nothing walks every
 * open task (tens of milliseconds at 30,000) where the sort would have had nothing to sort.
 *
 * <p>Only a statement without {@code distinct} (after {@link TaskQueryCandidateExists}) whose only
 * order is the creation time, with a {@code LIMIT}, inside a transaction, on PostgreSQL. Anything
 * else runs as the engine wrote it.
 */
final class TaskListInCreationOrder {

  private static final Logger log = LoggerFactory.getLogger(TaskListInCreationOrder.class);
  private static final Pattern PAGE_BY_CREATION = Pattern.compile(
      "(?is)^\\s*select\\s+(?!distinct\\b).*\\border\\s+by\\s+RES\\.CREATE_TIME_\\s+(asc|desc)\\s+LIMIT\\s+\\?\\s+OFFSET\\s+\\?\\s*$");

  private TaskListInCreationOrder() {}

  /** Whether the statement is a page of tasks in creation order that the walk can answer. */
  static boolean applies(String sql) {
    return PAGE_BY_CREATION.matcher(sql).matches();
  }

  /** Runs the query with sorting priced out, when the connection is PostgreSQL's and in a transaction. */
  static <T> T walk(Connection connection, Callable<T> query) throws Exception {
    if (!postgresInTransaction(connection)) {
      return query.call();
    }
    try (Statement s = connection.createStatement()) {
      s.execute("set local enable_sort = off");
    }
    try {
      return query.call();
    } finally {
      try (Statement s = connection.createStatement()) {
        s.execute("set local enable_sort to default");
      } catch (SQLException e) {
        // an aborted transaction rolls the setting back with it
        log.debug("enable_sort not reset (transaction aborted?): {}", e.getMessage());
      }
    }
  }

  private static boolean postgresInTransaction(Connection connection) throws SQLException {
    return connection != null && !connection.getAutoCommit()
        && "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
  }
}
