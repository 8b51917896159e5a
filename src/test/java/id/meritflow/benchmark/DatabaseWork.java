package id.meritflow.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows the engine wrote to its history tables, from PostgreSQL's statistics (pg_stat_user_tables):
 * a count per case that CPU noise from other work on the machine cannot blur. Not on H2 (no such
 * statistics): the metrics are then left out.
 */
final class DatabaseWork {

  record Snapshot(long inserts, long updates, long deletes) {}

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  DatabaseWork(DataSource dataSource) throws Exception {
    this.jdbc = new JdbcTemplate(dataSource);
    try (var c = dataSource.getConnection()) {
      this.postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }
  }

  Snapshot snapshot() {
    if (!postgres) {
      return null;
    }
    CaseWatcher.sleep(1_000); // statistics are flushed by the writing sessions, not at once
    jdbc.execute("select pg_stat_clear_snapshot()");
    return jdbc.queryForObject("""
        select coalesce(sum(n_tup_ins), 0), coalesce(sum(n_tup_upd), 0), coalesce(sum(n_tup_del), 0)
        from pg_stat_user_tables where relname like 'act_hi_%'""",
        (rs, i) -> new Snapshot(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
  }

  /** History rows inserted and updated per finished case between two snapshots. */
  static Map<String, Double> perCase(Snapshot before, Snapshot after, int cases) {
    Map<String, Double> m = new LinkedHashMap<>();
    if (before != null && after != null && cases > 0) {
      m.put("historyInsertsPerCase", (after.inserts() - before.inserts()) / (double) cases);
      m.put("historyUpdatesPerCase", (after.updates() - before.updates()) / (double) cases);
    }
    return m;
  }
}
