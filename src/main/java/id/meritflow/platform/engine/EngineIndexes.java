package id.meritflow.platform.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes on the engine's own tables that Camunda does not ship, created once the engine has
 * created or checked its schema (Flyway runs before the engine's tables exist on a fresh database,
 * so a migration cannot hold them).
 *
 * <ul>
 *   <li>{@code ACT_RU_TASK.PARENT_TASK_ID_}: completing a task asks for its sub-tasks
 *       ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}); without an index that read
 *       every open task, 15 ms per completion at 30,000 open tasks (docs/perf/rest.md).</li>
 *   <li>PostgreSQL only: {@code ACT_RU_JOB (PRIORITY_ desc, DUEDATE_ nulls first)} and the locked jobs'
 *       {@code LOCK_EXP_TIME_} (a partial index, {@code where LOCK_OWNER_ is not null}). The job executor
 *       acquires by priority ({@code jobExecutorAcquireByPriority}): its query sorted every acquirable job
 *       and hashed every locked one, 1.1 ms per acquisition with a 10,000-row KP batch's jobs waiting and
 *       31–39 ms with a 75,000-row one's (~20,000 jobs); with these PostgreSQL walks the jobs in priority
 *       order and stops at the few it takes (0.06 ms in EXPLAIN ANALYZE; still 11.8 ms per call
 *       averaged over the 75,000-row run until ADR 0028: docs/benchmarks.md, "How cost grows"). Every
 *       job has a due date ({@code ensureJobDueDateNotNull}, ADR 0028), so the acquisition's "due date
 *       ≤ now" is checked in this index too: a timer not yet due is passed over without reading its row
 *       (an acquisition that found nothing among a KP batch's 1,829 waiting TMT timers read every one of
 *       them: 1.2 ms a call).</li>
 * </ul>
 *
 * <p>{@code create index if not exists}: a second node or a restart finds it there. A schema owned
 * by a DBA without the right to create indexes logs a warning and the engine runs without it.
 */
final class EngineIndexes {

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  private EngineIndexes() {}

  static List<String> statements(String tablePrefix, boolean postgres) {
    String prefix = tablePrefix == null ? "" : tablePrefix;
    String taskParent = "create index if not exists MF_IDX_TASK_PARENT on " + prefix + "ACT_RU_TASK (PARENT_TASK_ID_)";
    if (!postgres) {
      return List.of(taskParent);
    }
    return List.of(taskParent,
        "create index if not exists MF_IDX_JOB_ACQUIRE on " + prefix + "ACT_RU_JOB (PRIORITY_ desc, DUEDATE_ nulls first)",
        "create index if not exists MF_IDX_JOB_LOCKED on " + prefix + "ACT_RU_JOB (LOCK_EXP_TIME_) where LOCK_OWNER_ is not null");
  }

  /** @param databaseType the engine's own name for the database ({@code postgres}, {@code h2}, …) */
  static void create(DataSource dataSource, String tablePrefix, String databaseType) {
    boolean postgres = "postgres".equals(databaseType);
    for (String sql : statements(tablePrefix, postgres)) {
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
        if (!c.getAutoCommit()) {
          c.setAutoCommit(true);
        }
        s.execute(sql);
      } catch (SQLException e) {
        log.warn("Index on the engine's tables not created ({}): {}", sql, e.getMessage());
      }
    }
  }
}
