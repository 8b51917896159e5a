package id.meritflow.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run's figures as JSON and as a markdown table with the ratios to the bare engine and the targets. */
record BenchmarkReport(String label, String size, String startedAt, Map<String, Object> machine, Map<String, Object> versions,
    Map<String, Object> config, List<ScenarioResult> results, Map<String, Map<String, Double>> ratiosToBaseline,
    List<Map<String, Object>> targets) {

  /** A row of the markdown table: scenario, metric, how to print it, and the target (PostgreSQL) if any. */
  private record Row(String scenario, String metric, String label, String target, Double limit, boolean atMost) {}

  private static final List<Row> ROWS = List.of(
      new Row("baseline", "c1.throughputPerS", "bare engine, 1 client: cases/s", null, null, true),
      new Row("baseline", "c1.p95Ms", "bare engine, 1 client: p95 ms", null, null, true),
      new Row("baseline", "c4.throughputPerS", "bare engine, 4 clients: cases/s", null, null, true),
      new Row("baseline", "c4.p50Ms", "bare engine, 4 clients: p50 ms", null, null, true),
      new Row("baseline", "c4.p95Ms", "bare engine, 4 clients: p95 ms", null, null, true),
      new Row("baseline", "c4.cpuMsPerCase.jvm", "bare engine, 4 clients: CPU ms per case, JVM", null, null, true),
      new Row("baseline", "c4.cpuMsPerCase.postgres", "bare engine, 4 clients: CPU ms per case, PostgreSQL", null, null, true),
      new Row("baseline", "c4.jitMsPerCase", "bare engine, 4 clients: JIT compilers' ms per case (of the JVM's)", null, null, true),
      new Row("mutasi", "c1.throughputPerS", "mutasi straight-through, 1 client: cases/s", null, null, true),
      new Row("mutasi", "c1.p50Ms", "mutasi, 1 client: p50 ms", null, null, true),
      new Row("mutasi", "c1.p95Ms", "mutasi, 1 client: p95 ms", "≤ 1000", 1000.0, true),
      new Row("mutasi", "c4.throughputPerS", "mutasi straight-through, 4 clients: cases/s", null, null, true),
      new Row("mutasi", "c4.p50Ms", "mutasi, 4 clients: p50 ms", null, null, true),
      new Row("mutasi", "c4.p95Ms", "mutasi, 4 clients: p95 ms", "≤ 1000", 1000.0, true),
      new Row("mutasi", "c4.cpuMsPerCase.jvm", "mutasi, 4 clients: CPU ms per case, JVM", null, null, true),
      new Row("mutasi", "c4.cpuMsPerCase.postgres", "mutasi, 4 clients: CPU ms per case, PostgreSQL", null, null, true),
      new Row("mutasi", "c4.jitMsPerCase", "mutasi, 4 clients: JIT compilers' ms per case (of the JVM's)", null, null, true),
      new Row("kenaikanPangkat", "rows", "KP period batch: rows", null, null, true),
      new Row("kenaikanPangkat", "proposalsPerS", "KP period batch: proposals/s to settled", "≥ 100", 100.0, false),
      new Row("kenaikanPangkat", "screenedPerS", "KP period batch: rows screened/s", null, null, false),
      new Row("kenaikanPangkat", "totalSeconds", "KP period batch: total s", null, null, true),
      new Row("kenaikanPangkatBesar", "rows", "KP period batch, national volume: rows", null, null, true),
      new Row("kenaikanPangkatBesar", "proposalsPerS", "KP period batch, national volume: proposals/s to settled", "≥ 100", 100.0, false),
      new Row("kenaikanPangkatBesar", "screenedSeconds", "KP period batch, national volume: s until screened", "≤ 720", 720.0, true),
      new Row("kenaikanPangkatBesar", "totalSeconds", "KP period batch, national volume: total s", null, null, true),
      new Row("restPaced", "openCases", "Tasklist REST: open tasks", null, null, true),
      new Row("restPaced", "p50Ms", "Tasklist REST, 50 users pausing ~1 s per task: p50 ms", null, null, true),
      new Row("restPaced", "p95Ms", "Tasklist REST, 50 users pausing ~1 s per task: p95 ms", null, null, true),
      new Row("restPaced", "p99Ms", "Tasklist REST, 50 users pausing ~1 s per task: p99 ms", "≤ 250", 250.0, true),
      new Row("restPaced", "requestsPerS", "Tasklist REST, paced: requests/s", null, null, true),
      new Row("restPaced30k", "openCases", "Tasklist REST, many open tasks: open tasks", null, null, true),
      new Row("restPaced30k", "openCasesStartSeconds", "Tasklist REST, many open tasks: s to start the added cases", null, null, true),
      new Row("restPaced30k", "p50Ms", "Tasklist REST, many open tasks, 50 paced users: p50 ms", null, null, true),
      new Row("restPaced30k", "p99Ms", "Tasklist REST, many open tasks, 50 paced users: p99 ms", "≤ 250", 250.0, true),
      new Row("restPaced30k", "requestsPerS", "Tasklist REST, many open tasks: requests/s", null, null, true),
      new Row("rest", "p50Ms", "Tasklist REST, 50 users without pause (saturation): p50 ms", null, null, true),
      new Row("rest", "p95Ms", "Tasklist REST, saturation: p95 ms", null, null, true),
      new Row("rest", "p99Ms", "Tasklist REST, saturation: p99 ms", "(≤ 250)", 250.0, true),
      new Row("rest", "requestsPerS", "Tasklist REST, saturation: requests/s", null, null, true),
      new Row("rest", "completionsPerS", "Tasklist REST, saturation: task completions/s", null, null, true),
      new Row("rest", "errors", "Tasklist REST, saturation: errors", null, null, true),
      new Row("peringkat", "n10000.medianMs", "ranking 10,000 employees: median ms", "≤ 200", 200.0, true),
      new Row("peringkat", "n100000.medianMs", "ranking 100,000 employees: median ms", null, null, true),
      new Row("startup", "startupMs", "start-up to health 200 (installed, AppCDS archive): ms", "≤ 15000", 15000.0, true),
      new Row("startup", "startupNoCdsMs", "start-up to health 200 without the archive: ms", null, null, true),
      new Row("startup", "rssMb", "resident memory after start-up: MB", null, null, true),
      new Row("startup", "peakRssMb", "peak resident memory during start-up: MB", null, null, true));

  /** Issue #17: straight-through mutasi at least this share of the bare engine's throughput. */
  static final double MUTASI_RATIO = 0.7;

  private static Double cpuPerCase(ScenarioResult r) {
    Double jvm = r.metric("c4.cpuMsPerCase.jvm");
    Double postgres = r.metric("c4.cpuMsPerCase.postgres");
    return jvm == null || postgres == null ? null : jvm + postgres;
  }

  static BenchmarkReport of(BenchmarkConfig config, LocalDateTime startedAt, List<ScenarioResult> results,
      Map<String, Object> machine, Map<String, Object> versions) {
    Map<String, Map<String, Double>> ratios = new LinkedHashMap<>();
    for (String db : config.dbs()) {
      ScenarioResult base = find(results, "baseline", db);
      ScenarioResult mutasi = find(results, "mutasi", db);
      if (base != null && mutasi != null && ScenarioResult.OK.equals(base.status()) && ScenarioResult.OK.equals(mutasi.status())) {
        Map<String, Double> r = new LinkedHashMap<>();
        r.put("mutasi.c1.throughput/baseline", mutasi.metric("c1.throughputPerS") / base.metric("c1.throughputPerS"));
        r.put("mutasi.c4.throughput/baseline", mutasi.metric("c4.throughputPerS") / base.metric("c4.throughputPerS"));
        r.put("mutasi.c1.p95/baseline", mutasi.metric("c1.p95Ms") / base.metric("c1.p95Ms"));
        r.put("mutasi.c4.p95/baseline", mutasi.metric("c4.p95Ms") / base.metric("c4.p95Ms"));
        // Not a target: the bare engine's CPU per four-client case over mutasi's (JVM and PostgreSQL),
        // what the throughput ratio tends to when nothing else shares the two short windows
        // (docs/benchmarks.md, "Ninth session")
        Double baseCpu = cpuPerCase(base);
        Double mutasiCpu = cpuPerCase(mutasi);
        if (baseCpu != null && mutasiCpu != null && mutasiCpu > 0) {
          r.put("baseline.c4.cpuPerCase/mutasi", baseCpu / mutasiCpu);
        }
        ratios.put(db, r);
      }
    }
    List<Map<String, Object>> targets = new ArrayList<>();
    for (String db : config.dbs()) {
      for (Row row : ROWS) {
        if (row.limit() == null || !config.runs(row.scenario())
            || (row.scenario().equals(KenaikanPangkatBatchScenario.NAME_LARGE) && config.kpLargeRows() == 0)) {
          continue;
        }
        ScenarioResult r = find(results, row.scenario(), row.scenario().equals("peringkat") ? "-" : db);
        Double v = r == null ? null : r.metric(row.metric());
        targets.add(target(db, row.label(), row.target(), v, v == null ? null : row.atMost() ? v <= row.limit() : v >= row.limit()));
      }
      Map<String, Double> r = ratios.get(db);
      Double c4 = r == null ? null : r.get("mutasi.c4.throughput/baseline");
      Double c1 = r == null ? null : r.get("mutasi.c1.throughput/baseline");
      if (config.runs("mutasi") && config.runs("baseline")) {
        targets.add(target(db, "mutasi throughput / bare engine, 1 client", "≥ 0.7", c1, c1 == null ? null : c1 >= MUTASI_RATIO));
        targets.add(target(db, "mutasi throughput / bare engine, 4 clients", "≥ 0.7", c4, c4 == null ? null : c4 >= MUTASI_RATIO));
      }
    }
    Map<String, Object> cfg = new LinkedHashMap<>();
    cfg.put("size", config.size());
    cfg.put("dbs", config.dbs());
    cfg.put("registryPegawai", config.registryPegawai());
    cfg.put("warmup", config.warmup());
    cfg.put("casesOneClient", config.casesOneClient());
    cfg.put("casesFourClients", 4 * config.casesPerClientOfFour());
    cfg.put("restUsers", config.restUsers());
    cfg.put("restSeconds", config.restSeconds());
    cfg.put("kpRows", config.kpRows());
    cfg.put("rankingSizes", config.rankingSizes());
    cfg.put("springProperties", config.springProperties());
    cfg.put("scenarios", config.scenarios().isEmpty() ? "all" : config.scenarios());
    return new BenchmarkReport(config.label(), config.size(), startedAt.toString(), machine, versions, cfg, results, ratios,
        targets);
  }

  private static Map<String, Object> target(String db, String what, String target, Double value, Boolean met) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("db", db);
    t.put("what", what);
    t.put("target", target);
    t.put("value", value);
    t.put("met", met);
    return t;
  }

  static ScenarioResult find(List<ScenarioResult> results, String scenario, String db) {
    return results.stream().filter(r -> r.scenario().equals(scenario) && r.db().equals(db)).findFirst().orElse(null);
  }

  /** Writes benchmark-&lt;timestamp&gt;.json and .md into the output folder; returns the JSON file. */
  Path write(Path dir) throws Exception {
    Files.createDirectories(dir);
    String stamp = LocalDateTime.parse(startedAt).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    String name = "benchmark-" + (label.isBlank() ? "" : label + "-") + stamp;
    Path json = dir.resolve(name + ".json");
    Files.writeString(json, Json.write(this));
    Files.writeString(dir.resolve(name + ".md"), markdown());
    return json;
  }

  String markdown() {
    List<String> dbs = new ArrayList<>();
    results.stream().map(ScenarioResult::db).filter(d -> !d.equals("-")).distinct().forEach(dbs::add);
    StringBuilder md = new StringBuilder();
    md.append("## Benchmark ").append(label.isBlank() ? "" : label + " ").append(startedAt, 0, 16).append(" (").append(size)
        .append(" size)\n\n");
    md.append("Machine: ").append(machine.get("cores")).append(" cores, ").append(machine.get("cpu")).append(", ")
        .append(machine.get("ramGb")).append(" GB RAM, ").append(machine.get("os")).append(", JDK ").append(machine.get("jdk"))
        .append("; load average ").append(machine.get("loadAverageStart")).append(" at start, ")
        .append(machine.get("loadAverageEnd")).append(" at end; one core sorts a million longs in ")
        .append(machine.get("cpuCheckMsStart")).append(" ms at start, ").append(machine.get("cpuCheckMsEnd"))
        .append(" ms at end (lower is faster; the machine's speed drifts).  \n");
    md.append("Versions: ").append(versions.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .reduce((a, b) -> a + ", " + b).orElse("")).append(".  \n");
    md.append("Registry ").append(config.get("registryPegawai")).append(" employees; ").append(config.get("casesOneClient"))
        .append(" + ").append(config.get("casesFourClients")).append(" straight-through cases; ").append(config.get("restUsers"))
        .append(" REST users for ").append(config.get("restSeconds")).append(" s; KP batch ").append(config.get("kpRows"))
        .append(" rows. Extra properties: ").append(config.get("springProperties")).append(".\n\n");
    md.append("| figure |");
    dbs.forEach(d -> md.append(' ').append(d.equals("h2") ? "H2" : "PostgreSQL").append(" |"));
    md.append(" target (PostgreSQL) |\n|---|");
    dbs.forEach(d -> md.append("---:|"));
    md.append("---|\n");
    for (Row row : ROWS) {
      if (results.stream().noneMatch(r -> r.scenario().equals(row.scenario()))) {
        continue;
      }
      md.append("| ").append(row.label()).append(" |");
      for (String db : dbs) {
        ScenarioResult r = find(results, row.scenario(), row.scenario().equals("peringkat") ? "-" : db);
        md.append(' ').append(cell(r, row.metric())).append(" |");
      }
      md.append(' ').append(row.target() == null ? "" : row.target()).append(" |\n");
    }
    for (String ratio : List.of("mutasi.c1.throughput/baseline", "mutasi.c4.throughput/baseline", "mutasi.c1.p95/baseline",
        "mutasi.c4.p95/baseline", "baseline.c4.cpuPerCase/mutasi")) {
      md.append("| ratio ").append(ratio).append(" |");
      for (String db : dbs) {
        Double v = ratiosToBaseline.getOrDefault(db, Map.of()).get(ratio);
        md.append(' ').append(v == null ? "–" : String.format(Locale.ROOT, "%.2f", v)).append(" |");
      }
      md.append(ratio.contains("throughput") ? " ≥ 0.70 |\n" : " |\n");
    }
    md.append('\n');
    for (ScenarioResult r : results) {
      if (!ScenarioResult.OK.equals(r.status())) {
        md.append("- ").append(r.scenario()).append(" (").append(r.db()).append("): ").append(r.status()).append(" — ")
            .append(r.reason()).append('\n');
      }
    }
    md.append("\n### Targets\n\n");
    for (Map<String, Object> t : targets) {
      md.append("- ").append(Boolean.TRUE.equals(t.get("met")) ? "MET   " : t.get("met") == null ? "NO FIGURE" : "MISSED")
          .append(" (").append(t.get("db")).append(") ").append(t.get("what")).append(" = ")
          .append(format((Double) t.get("value"))).append(", target ").append(t.get("target")).append('\n');
    }
    return md.toString();
  }

  /** Targets with no figure or a missed one; empty when every target was met. */
  List<Map<String, Object>> targetsNotMet() {
    return targets.stream().filter(t -> !Boolean.TRUE.equals(t.get("met"))).toList();
  }

  private static String cell(ScenarioResult r, String metric) {
    if (r == null) {
      return "–";
    }
    if (!ScenarioResult.OK.equals(r.status())) {
      return r.status().toLowerCase(Locale.ROOT);
    }
    return format(r.metric(metric));
  }

  private static String format(Double v) {
    if (v == null || v.isNaN()) {
      return "–";
    }
    return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
