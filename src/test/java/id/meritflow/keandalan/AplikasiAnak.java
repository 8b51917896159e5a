package id.meritflow.keandalan;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The application as a child JVM (the test's own classpath, {@code id.meritflow.MeritFlowApplication}
 * as main class) on a PostgreSQL database of its own, created fresh and dropped afterwards: a
 * process a test can {@code kill -9}. Demo profile with a registry of the given size, its own port,
 * its own SMTP port.
 */
final class AplikasiAnak implements AutoCloseable {

  private static final Duration MULAI_MAKS = Duration.ofMinutes(4);

  final String database;
  private final String url;
  private final String user;
  private final Path dir;
  private final int pegawai;
  private final List<Process> processes = new ArrayList<>();
  private final List<Integer> ports = new ArrayList<>();
  private Process process;
  private int port;

  private AplikasiAnak(String database, String url, String user, Path dir, int pegawai) {
    this.database = database;
    this.url = url;
    this.user = user;
    this.dir = dir;
    this.pegawai = pegawai;
  }

  /** A fresh database next to MERITFLOW_TEST_POSTGRES_URL's, for an application of {@code pegawai} employees. */
  static AplikasiAnak siapkan(String nama, int pegawai) throws Exception {
    String base = System.getenv("MERITFLOW_TEST_POSTGRES_URL");
    String user = System.getenv().getOrDefault("MERITFLOW_TEST_POSTGRES_USER", "postgres");
    String database = "meritflow_" + nama + "_" + UUID.randomUUID().toString().substring(0, 8);
    String prefix = base.substring(0, base.lastIndexOf('/') + 1);
    try (Connection c = DriverManager.getConnection(prefix + "postgres", user, password());
        var s = c.createStatement()) {
      s.execute("create database " + database);
    }
    Path dir = Files.createTempDirectory("meritflow-" + nama);
    return new AplikasiAnak(database, prefix + database, user, dir, pegawai);
  }

  Connection jdbc() throws SQLException {
    return DriverManager.getConnection(url, user, password());
  }

  /**
   * Starts a JVM of the application and waits until it is healthy; it becomes the node the other
   * methods address. Several may run on the one database (nodes 0, 1, … in start order).
   *
   * @return the node's number
   */
  int mulai(String... extra) throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
        "-cp", classpath(), "id.meritflow.MeritFlowApplication",
        "--spring.profiles.active=demo,postgres", "--server.port=" + port, "--meritflow.demo.smtp-port=0",
        "--meritflow.demo.pegawai=" + pegawai, "--meritflow.sk.demo.keys-dir=" + dir.resolve("kunci"),
        // A job a killed JVM had locked is taken up by another after its lock expires (Camunda: 5 min);
        // shortened so the test need not wait that long. The chunk jobs finish well within it.
        "--camunda.bpm.job-execution.lock-time-in-millis=30000",
        // no demo KP list of its own: the tests count every case of the open period
        "--meritflow.demo.contoh-kenaikan-pangkat=false",
        "--logging.level.root=WARN", "--logging.file.name=" + dir.resolve("app-" + processes.size() + ".log")));
    command.addAll(List.of(extra));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("console.log").toFile()));
    pb.environment().put("TZ", "Asia/Jakarta");
    Files.writeString(dir.resolve("classpath.txt"), String.join("\n", command));
    pb.environment().put("MERITFLOW_DB_URL", url);
    pb.environment().put("MERITFLOW_DB_USER", user);
    pb.environment().put("MERITFLOW_DB_PASSWORD", password());
    process = pb.start();
    processes.add(process);
    ports.add(port);
    int node = processes.size() - 1;
    long t0 = System.nanoTime();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("application exited with " + process.exitValue() + "; see " + dir);
      }
      try {
        if (http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return node;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() - t0 > MULAI_MAKS.toNanos()) {
        throw new IllegalStateException("not healthy after " + MULAI_MAKS.toMinutes() + " min; see " + dir);
      }
      Thread.sleep(250);
    }
  }

  /**
   * The test's classpath for the child, each entry once: Surefire passes it in a manifest-only jar,
   * and an entry listed twice would make the engine deploy every model twice and refuse to start.
   */
  static String classpath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (e.endsWith(".jar") && Path.of(e).getFileName().toString().startsWith("surefire")) {
        try (var jar = new java.util.jar.JarFile(e)) {
          String manifest = jar.getManifest() == null ? null
              : jar.getManifest().getMainAttributes().getValue("Class-Path");
          if (manifest != null) {
            for (String u : manifest.split(" ")) {
              if (!u.isBlank()) {
                entries.add(u.startsWith("file:") ? Path.of(URI.create(u)).toString() : u);
              }
            }
            continue;
          }
        }
      }
      entries.add(e);
    }
    return entries.stream().map(p -> Path.of(p).toAbsolutePath().normalize().toString()).distinct()
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  /** SIGKILL of the current node: no shutdown hook, no transaction finished. */
  void bunuh() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGKILL of that node; requests then go to the node started last that is still alive. */
  void bunuh(int node) throws InterruptedException {
    Process p = processes.get(node);
    p.destroyForcibly();
    p.waitFor(30, TimeUnit.SECONDS);
    for (int i = processes.size() - 1; i >= 0; i--) {
      if (processes.get(i).isAlive()) {
        process = processes.get(i);
        port = ports.get(i);
        return;
      }
    }
  }

  /** Addresses that node from now on. */
  void ke(int node) {
    process = processes.get(node);
    port = ports.get(node);
  }

  HttpResponse<String> post(String user, String path, String body, String contentType, String idempotencyKey)
      throws Exception {
    var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2))
        .header("Authorization", basic(user)).header("Content-Type", contentType)
        .header("Idempotency-Key", idempotencyKey)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A request with a JSON body (or none) as a demo user; for the engine's REST API. */
  HttpResponse<String> kirim(String method, String user, String path, String body) throws Exception {
    var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(1))
        .header("Authorization", basic(user)).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The directory of the demo signing keystores (one {@code <instansi>__<peran>.p12} per official). */
  Path kunci() {
    return dir.resolve("kunci");
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  private static String password() {
    String p = System.getenv("MERITFLOW_TEST_POSTGRES_PASSWORD");
    return p == null ? "" : p;
  }

  @Override
  public void close() throws Exception {
    for (Process p : processes) {
      if (p.isAlive()) {
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
      }
    }
    String prefix = url.substring(0, url.lastIndexOf('/') + 1);
    try (Connection c = DriverManager.getConnection(prefix + "postgres", user, password());
        var s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
    }
  }
}
