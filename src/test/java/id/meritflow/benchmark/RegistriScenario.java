package id.meritflow.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How cost grows with the registry: at each size (e.g. 100,000 and 1,000,000 employees) the
 * registry is grown by {@link RegistriFiller}, then measured through the HTTP API as users do:
 * the national candidate ranking of a post ({@code GET /api/rekomendasi/jabatan/{id}/kandidat?lingkup=NASIONAL},
 * registry read included, as {@code verifikator-bkn}) and employee search ({@code GET /api/pegawai?cari=},
 * as {@code operator-jabar}, whose agency holds a quarter of the registry). Median and p95 after
 * warm-up, SQL statements per request (pg_stat_statements), and the growth factor between the
 * first and the last size: (time ratio) / (size ratio), so ≤ ~1 means not worse than linear.
 * PostgreSQL only; give it a database of its own (1,000,000 rows would slow the other scenarios).
 */
final class RegistriScenario implements Scenario {

  static final String NAME = "registri";
  static final String RANKER = "verifikator-bkn";
  static final String SEARCHER = "operator-jabar";

  private final List<Integer> sizes;
  private final int rankingRuns;
  private final int searchRuns;

  RegistriScenario(List<Integer> sizes, int rankingRuns, int searchRuns) {
    this.sizes = List.copyOf(sizes);
    this.rankingRuns = rankingRuns;
    this.searchRuns = searchRuns;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ScenarioResult run(BenchmarkApp app, BenchmarkConfig config) throws Exception {
    if (!"postgres".equals(app.db.name())) {
      return ScenarioResult.skipped(NAME, app.db.name(), "PostgreSQL only");
    }
    DataSource ds = app.bean(DataSource.class);
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    RegistriFiller filler = new RegistriFiller(jdbc);
    SqlProfile sql = new SqlProfile(ds);
    Map<String, Double> metrics = new LinkedHashMap<>();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("demoGeneratorStartMs", app.startMillis);
    details.put("basePegawai", filler.count());
    // The target: the first administrator (eselon III) post of BKN, an agency the filler does not grow.
    String jabatan = jdbc.queryForObject(
        "select id from jabatan where instansi_id = 'bkn' and jenis = 'ADMINISTRATOR' order by id limit 1", String.class);
    details.put("jabatan", jabatan);
    Map<String, String> queries = null;
    try (Http http = new Http(app.base, 2, java.time.Duration.ofMinutes(15))) {
      for (int n : sizes) {
        BenchmarkRunner.log("registri: filling to %d", n);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("fill", filler.fillTo(n));
        d.put("pegawai", filler.count());
        d.put("instansi", jdbc.queryForObject("select count(*) from instansi", Integer.class));
        d.put("pegawaiJabar", jdbc.queryForObject("select count(*) from pegawai where instansi_id = 'jabar'", Integer.class));
        d.put("loadAverage", MachineInfo.loadAverage());
        if (queries == null) {
          queries = queries(jdbc);
          details.put("queries", queries);
        }
        String prefix = "n" + n + ".";
        rank(http, jabatan, sql, prefix, metrics, d);
        for (Map.Entry<String, String> q : queries.entrySet()) {
          search(http, q.getKey(), q.getValue(), sql, prefix + "cari." + q.getKey() + ".", metrics, d);
        }
        details.put("n" + n, d);
      }
    }
    growth(metrics);
    details.put("what", "registry grown by set-based SQL (RegistriFiller) from the demo generator's; ranking: GET "
        + "/api/rekomendasi/jabatan/{id}/kandidat?lingkup=NASIONAL as " + RANKER + "; search: GET /api/pegawai?cari= as "
        + SEARCHER + "; growth = (time at last size / time at first) / (last size / first size)");
    return ScenarioResult.ok(NAME, app.db.name(), metrics, details);
  }

  /** Search texts chosen once, on the first size: a common first name, a rare full name, NIP prefixes. */
  private static Map<String, String> queries(JdbcTemplate jdbc) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("namaUmum", jdbc.queryForObject("""
        select lower(split_part(nama, ' ', 1)) from pegawai where instansi_id = 'jabar'
        group by 1 order by count(*) desc, 1 limit 1""", String.class));
    q.put("namaLangka", jdbc.queryForObject("""
        select lower(nama) from registri_templat where instansi_id = 'jabar' and nama like '% % %'
        group by nama having count(*) = 1 order by md5(nama) limit 1""", String.class));
    String nip = jdbc.queryForObject("""
        select nip from registri_templat where instansi_id = 'jabar' order by md5(nip) limit 1""", String.class);
    q.put("nip8", nip.substring(0, 8));
    q.put("nip4", nip.substring(0, 4));
    return q;
  }

  private static final Pattern DINILAI = Pattern.compile("\"jumlahDinilai\"\\s*:\\s*(\\d+)");

  private void rank(Http http, String jabatan, SqlProfile sql, String prefix, Map<String, Double> metrics,
      Map<String, Object> d) {
    String path = "api/rekomendasi/jabatan/" + jabatan + "/kandidat?lingkup=NASIONAL";
    Http.Counted warm = null;
    for (int i = 0; i < 2; i++) {
      warm = http.getCounted(RANKER, path, "\"alasan\"");
      if (!warm.ok()) {
        throw new IllegalStateException("ranking answered " + warm.status() + ": " + warm.head());
      }
    }
    Matcher m = DINILAI.matcher(warm.head());
    d.put("ranking.jumlahDinilai", m.find() ? Long.parseLong(m.group(1)) : -1);
    d.put("ranking.tidakMemenuhi", warm.occurrences());
    d.put("ranking.responseBytes", warm.bytes());
    sql.reset();
    HeapPeak heap = HeapPeak.start();
    Latencies l = new Latencies();
    for (int i = 0; i < rankingRuns; i++) {
      long t0 = System.nanoTime();
      Http.Counted r = http.getCounted(RANKER, path, "\"alasan\"");
      l.add((System.nanoTime() - t0) / 1e6);
      if (!r.ok()) {
        throw new IllegalStateException("ranking answered " + r.status());
      }
    }
    metrics.put(prefix + "ranking.medianMs", l.percentile(50));
    metrics.put(prefix + "ranking.p95Ms", l.percentile(95));
    d.put("ranking.heap", heap.read());
    d.put("ranking.runs", rankingRuns);
    d.put("ranking.sql", perRequest(sql, rankingRuns));
    BenchmarkRunner.log("registri: ranking median %.0f ms p95 %.0f ms, heap %s", l.percentile(50), l.percentile(95), d.get("ranking.heap"));
  }

  private void search(Http http, String name, String text, SqlProfile sql, String prefix, Map<String, Double> metrics,
      Map<String, Object> d) {
    String path = "api/pegawai?cari=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    for (int i = 0; i < 3; i++) {
      Http.Response r = http.get(SEARCHER, path);
      if (!r.ok()) {
        throw new IllegalStateException("search answered " + r.status() + ": " + head(r.body()));
      }
      if (i == 0) {
        d.put("cari." + name + ".total", Json.read(r.body()).path("total").asLong());
      }
    }
    sql.reset();
    Latencies l = new Latencies();
    for (int i = 0; i < searchRuns; i++) {
      long t0 = System.nanoTime();
      Http.Response r = http.get(SEARCHER, path);
      l.add((System.nanoTime() - t0) / 1e6);
      if (!r.ok()) {
        throw new IllegalStateException("search answered " + r.status());
      }
    }
    metrics.put(prefix + "medianMs", l.percentile(50));
    metrics.put(prefix + "p95Ms", l.percentile(95));
    d.put("cari." + name + ".sql", perRequest(sql, searchRuns));
    BenchmarkRunner.log("registri: cari %s (%s) median %.1f ms p95 %.1f ms", name, text, l.percentile(50), l.percentile(95));
  }

  /** Statements per request and the top ones (by time) with their own per-request figures. */
  private static Map<String, Object> perRequest(SqlProfile sql, int requests) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!sql.available()) {
      out.put("available", false);
      return out;
    }
    Map<String, Object> raw = sql.read(6);
    out.put("callsPerRequest", ((Number) raw.get("calls")).doubleValue() / requests);
    out.put("execMsPerRequest", ((Number) raw.get("execMs")).doubleValue() / requests);
    out.put("rowsPerRequest", ((Number) raw.get("rows")).doubleValue() / requests);
    out.put("byTime", raw.get("byTime"));
    return out;
  }

  /** (time ratio) / (size ratio) between the first and the last size, for every timed figure. */
  private void growth(Map<String, Double> metrics) {
    if (sizes.size() < 2) {
      return;
    }
    int first = sizes.get(0);
    int last = sizes.get(sizes.size() - 1);
    List<String> keys = new ArrayList<>(metrics.keySet());
    for (String k : keys) {
      if (k.startsWith("n" + first + ".")) {
        String rest = k.substring(("n" + first + ".").length());
        Double a = metrics.get(k);
        Double b = metrics.get("n" + last + "." + rest);
        if (a != null && b != null && a > 0) {
          metrics.put("growth." + rest, (b / a) / ((double) last / first));
        }
      }
    }
  }

  private static int occurrences(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }

  private static String head(String body) {
    return body == null ? "" : body.substring(0, Math.min(300, body.length()));
  }
}
