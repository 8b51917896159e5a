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
 * </ul>
 *
 * <p>{@code create index if not exists}: a second node or a restart finds it there. A schema owned
 * by a DBA without the right to create indexes logs a warning and the engine runs without it.
 */
final class EngineIndexes {

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  private EngineIndexes() {}

  static List<String> statements(String tablePrefix) {
    String prefix = tablePrefix == null ? "" : tablePrefix;
    return List.of("create index if not exists MF_IDX_TASK_PARENT on " + prefix + "ACT_RU_TASK (PARENT_TASK_ID_)");
  }

  static void create(DataSource dataSource, String tablePrefix) {
    for (String sql : statements(tablePrefix)) {
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
