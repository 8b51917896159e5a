package id.meritflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that each start a case and wait for its end before starting the next (a closed loop, as
 * an agency system submitting one proposal after another). Throughput is cases per second of wall
 * time from the first start to the last end; latency is each case's start-to-end in the history.
 */
final class ClosedLoop {

  interface Starter<T> {
    /** Starts one case and returns its process instance id. */
    String start(T item) throws Exception;
  }

  record Outcome(int cases, int straightThrough, double wallSeconds, Latencies latencies, List<String> problems) {

    double throughputPerSecond() {
      return straightThrough / wallSeconds;
    }

    Map<String, Double> metrics(String prefix) {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put(prefix + "throughputPerS", throughputPerSecond());
      m.putAll(latencies.summary(prefix));
      m.put(prefix + "cases", (double) straightThrough);
      return m;
    }
  }

  private ClosedLoop() {}

  static <T> Outcome run(int clients, List<T> items, Starter<T> starter, CaseWatcher watcher, String expectedEnd)
      throws Exception {
    ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>(items);
    Latencies latencies = new Latencies();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
    AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(pool.submit(() -> {
          T item;
          while ((item = queue.poll()) != null) {
            firstStart.accumulateAndGet(System.nanoTime(), Math::min);
            String id;
            try {
              id = starter.start(item);
            } catch (Exception e) {
              problems.add("start failed: " + e.getMessage());
              continue;
            }
            CaseWatcher.Outcome o = watcher.await(id, expectedEnd);
            lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
            if (o.straightThrough()) {
              latencies.add(o.durationMs());
            } else {
              problems.add(id + ": " + o.problem());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double wall = lastEnd.get() == Long.MIN_VALUE ? Double.NaN : (lastEnd.get() - firstStart.get()) / 1e9;
    return new Outcome(items.size(), latencies.count(), wall, latencies, problems);
  }
}
