package id.meritflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percentiles by the nearest-rank method over recorded milliseconds. */
final class Latencies {

  private final List<Double> ms = Collections.synchronizedList(new ArrayList<>());

  void add(double millis) {
    ms.add(millis);
  }

  int count() {
    return ms.size();
  }

  double percentile(double p) {
    List<Double> sorted;
    synchronized (ms) {
      sorted = new ArrayList<>(ms);
    }
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** p50, p95, p99 and max under {@code prefix}. */
  Map<String, Double> summary(String prefix) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put(prefix + "p50Ms", percentile(50));
    m.put(prefix + "p95Ms", percentile(95));
    m.put(prefix + "p99Ms", percentile(99));
    m.put(prefix + "maxMs", percentile(100));
    return m;
  }
}
