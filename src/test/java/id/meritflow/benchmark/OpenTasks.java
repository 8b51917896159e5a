package id.meritflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open cases of the Tasklist benchmark process, started fast but as real engine data: in-process
 * through {@link RuntimeService}, {@value #CHUNK} instances per transaction (one commit, the
 * engine's JDBC batches flushed per instance), on {@value #THREADS} threads, with every listener of
 * the application (task names, identity links, history, authorizations, notifications). Cases are
 * spread over the agencies in turn; each case is its agency's tenant.
 */
final class OpenTasks {

  static final int CHUNK = 500;
  static final int THREADS = 2;

  record TopUp(int started, double seconds) {}

  private final RuntimeService runtime;
  private final TransactionTemplate transaction;
  private final String key;
  private final List<String> agencies;
  private final BenchmarkDatabase db;
  private final javax.sql.DataSource dataSource;

  OpenTasks(BenchmarkApp app, String key, List<String> agencies) {
    this.runtime = app.bean(RuntimeService.class);
    this.transaction = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
    this.key = key;
    this.agencies = agencies;
    this.db = app.db;
    this.dataSource = app.bean(javax.sql.DataSource.class);
  }

  /** Starts cases until {@code target} of the process are open (none if there are that many already). */
  TopUp topUpTo(int target) throws Exception {
    int open = (int) runtime.createProcessInstanceQuery().processDefinitionKey(key).count();
    int missing = Math.max(0, target - open);
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> chunks = new ArrayList<>();
      for (int from = open; from < open + missing; from += CHUNK) {
        int start = from;
        int end = Math.min(open + missing, from + CHUNK);
        chunks.add(pool.submit(() -> transaction.executeWithoutResult(status -> {
          for (int i = start; i < end; i++) {
            runtime.startProcessInstanceByKey(key, "TUGAS-" + i, Map.of("instansiId", agencies.get(i % agencies.size()),
                "nomorBerkas", "BERKAS-" + i, "keterangan", "Berkas uji beban nomor " + i, "jumlahHalaman", 12));
          }
        })));
      }
      for (Future<?> f : chunks) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    if (missing > 0 && db.name().equals("postgres")) {
      // The benchmark server runs with autovacuum off; in production autovacuum analyzes tables that grew this much.
      new org.springframework.jdbc.core.JdbcTemplate(dataSource).execute(
          "analyze ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_AUTHORIZATION, ACT_RU_EXECUTION, ACT_RU_VARIABLE, ACT_RE_PROCDEF");
    }
    return new TopUp(missing, (System.nanoTime() - t0) / 1e9);
  }
}
