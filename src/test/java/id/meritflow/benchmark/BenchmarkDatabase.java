package id.meritflow.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A fresh database for one run: an H2 file under the output folder, or a dropped and re-created PostgreSQL database. */
record BenchmarkDatabase(String name, String engineName, List<String> profiles, Map<String, String> properties) {

  static BenchmarkDatabase h2(BenchmarkConfig config) throws Exception {
    Path dir = config.outputDir().resolve("h2-" + config.size()).toAbsolutePath();
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(dir);
    Map<String, String> p = new LinkedHashMap<>();
    // A file database, as the demo and a small installation run it (not in-memory).
    p.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("meritflow") + ";DB_CLOSE_ON_EXIT=FALSE");
    return new BenchmarkDatabase("h2", "bench" + config.size() + "h2", List.of("demo"), p);
  }

  static BenchmarkDatabase postgres(BenchmarkConfig config) throws SQLException {
    String url = config.postgresUrl();
    String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    try (var c = DriverManager.getConnection(maintenance, config.postgresUser(), password());
        var s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
      s.execute("create database " + database);
    }
    Map<String, String> p = new LinkedHashMap<>();
    p.put("MERITFLOW_DB_URL", url);
    p.put("MERITFLOW_DB_USER", config.postgresUser());
    p.put("MERITFLOW_DB_PASSWORD", password());
    return new BenchmarkDatabase("postgres", "bench" + config.size() + "pg", List.of("demo", "postgres"), p);
  }

  static String password() {
    String p = System.getenv("MERITFLOW_BENCHMARK_POSTGRES_PASSWORD");
    return p == null ? "" : p;
  }
}
