package id.meritflow.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL a scenario ran, from PostgreSQL's {@code pg_stat_statements} (when the server loads it:
 * {@code shared_preload_libraries = 'pg_stat_statements'}), for the benchmark database only: reset
 * before the scenario, read after it. Statement counts per request or per row are what CPU noise
 * cannot blur. Absent (and said so) on H2 or when the extension is not loaded.
 */
final class SqlProfile {

  /** Said in a scenario's details when it reset the statistics after its preparation and warm-up. */
  static final String MEASURED_CASES = "measured cases only (reset after the search and warm-up): divide by c1.cases + c4.cases";

  private final JdbcTemplate jdbc;
  private final boolean available;

  SqlProfile(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.available = install();
  }

  private boolean install() {
    try {
      jdbc.execute("create extension if not exists pg_stat_statements");
      jdbc.queryForObject("select count(*) from pg_stat_statements", Long.class);
      return true;
    } catch (RuntimeException e) {
      return false; // H2, or the server does not preload the module
    }
  }

  boolean available() {
    return available;
  }

  void reset() {
    if (available) {
      jdbc.execute("select pg_stat_statements_reset(0, (select oid from pg_database where datname = current_database()), 0)");
    }
  }

  /** Calls and time of every statement since {@link #reset}, the top ones first. */
  Map<String, Object> read(int top) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!available) {
      out.put("available", false);
      return out;
    }
    String where = "dbid = (select oid from pg_database where datname = current_database())"
        + " and query not like '%pg_stat_statements%'";
    Map<String, Object> total = jdbc.queryForMap("select coalesce(sum(calls), 0) as calls, coalesce(sum(total_exec_time), 0) as ms,"
        + " coalesce(sum(rows), 0) as rows from pg_stat_statements where " + where);
    out.put("calls", ((Number) total.get("calls")).longValue());
    out.put("execMs", Math.round(((Number) total.get("ms")).doubleValue()));
    out.put("rows", ((Number) total.get("rows")).longValue());
    out.put("byCalls", top(where, "calls", top));
    out.put("byTime", top(where, "total_exec_time", top));
    return out;
  }

  private List<Map<String, Object>> top(String where, String order, int n) {
    List<Map<String, Object>> rows = new ArrayList<>();
    jdbc.query("select calls, total_exec_time, rows, query from pg_stat_statements where " + where
        + " order by " + order + " desc limit " + n, rs -> {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("calls", rs.getLong(1));
          r.put("execMs", Math.round(rs.getDouble(2) * 10) / 10.0);
          r.put("rows", rs.getLong(3));
          String q = rs.getString(4).replaceAll("\\s+", " ");
          r.put("query", q.length() > 300 ? q.substring(0, 300) + "…" : q);
          rows.add(r);
        });
    return rows;
  }
}
